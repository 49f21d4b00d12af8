package dev.resumable.store.h2;

import dev.resumable.store.InstanceExistsException;
import dev.resumable.store.RevisionConflictException;
import dev.resumable.store.Store;
import dev.resumable.store.StoreException;
import dev.resumable.store.StoredInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded store: one H2 database file that needs no set-up.
 *
 * <p>{@link #insert} and {@link #update} return only after the change is written and forced to
 * the device, so neither a killed process nor a power loss loses it. Writes are serialized
 * (each costs a few hundred microseconds, most of it H2 writing pages); loads run in parallel.
 *
 * <p>The file is the one H2 names {@code <name>.mv.db}. {@link #open} accepts the path with
 * or without that suffix, and {@link #path()} reports it with the suffix. Only one process can
 * have the file open; a second one gets a {@link StoreException} saying so.
 */
public final class H2Store implements Store {

  /** System property naming the store file for {@link #openDefault()}. */
  public static final String LOCATION_PROPERTY = "resumable.store";

  /** Where {@link #openDefault()} keeps data without the property, relative to the working dir. */
  public static final Path DEFAULT_LOCATION = Path.of("resumable-data", "resumable");

  /** The suffix H2 gives its database file. */
  public static final String FILE_SUFFIX = ".mv.db";

  // H2 shares one database among all connections to a file in this JVM, so two stores opened
  // on the same file must share the lock that keeps each write followed by its fsync.
  private static final ConcurrentMap<Path, ReentrantLock> WRITE_LOCKS = new ConcurrentHashMap<>();

  private final String description;
  private final Path file;
  private final JdbcConnectionPool pool;
  private final ReentrantLock writeLock;
  private final AtomicBoolean closed = new AtomicBoolean();

  private H2Store(String description, Path file, JdbcConnectionPool pool,
      ReentrantLock writeLock) {
    this.description = description;
    this.file = file;
    this.pool = pool;
    this.writeLock = writeLock;
  }

  /**
   * Opens the store in {@code file}, creating the file, its parent directories and the schema if
   * missing. {@code file} may name H2's file ({@code data/app.mv.db}) or omit the suffix
   * ({@code data/app}); both mean the same file.
   */
  public static H2Store open(Path file) {
    return open(file, "");
  }

  /** {@code fileSystem} is a prefix naming an H2 file system, so tests can watch file access. */
  static H2Store open(Path file, String fileSystem) {
    Objects.requireNonNull(file, "file");
    Path dbFile = withSuffix(file.toAbsolutePath().normalize());
    String base = dbFile.toString();
    base = base.substring(0, base.length() - FILE_SUFFIX.length());
    if (base.contains(";")) {
      // H2 reads ';' in a URL as the start of a setting.
      throw new StoreException("could not open the store file " + dbFile + ": H2 does not accept"
          + " ';' in a file name; choose another location");
    }
    try {
      Files.createDirectories(dbFile.getParent());
    } catch (IOException e) {
      throw new StoreException("could not create the directory " + dbFile.getParent()
          + " for the store file " + dbFile + ": " + e, e);
    }
    ReentrantLock lock = WRITE_LOCKS.computeIfAbsent(dbFile, f -> new ReentrantLock());
    return start(H2Urls.file(fileSystem + base), "store file " + dbFile, dbFile, lock);
  }

  /**
   * Opens the store named by the system property {@value #LOCATION_PROPERTY}, or else
   * {@code ./resumable-data/resumable.mv.db} in the working directory.
   */
  public static H2Store openDefault() {
    return open(defaultLocation());
  }

  /** The location {@link #openDefault()} would use now. */
  public static Path defaultLocation() {
    String configured = System.getProperty(LOCATION_PROPERTY);
    return configured == null || configured.isBlank() ? DEFAULT_LOCATION : Path.of(configured);
  }

  /**
   * A private store in memory, for tests: no other store sees it, even one with the same name,
   * and its data is gone when it is closed. {@code name} only labels it in messages.
   */
  public static H2Store inMemory(String name) {
    Objects.requireNonNull(name, "name");
    return start(H2Urls.privateMemory(), "in-memory store \"" + name + "\"", null,
        new ReentrantLock());
  }

  private static H2Store start(String url, String description, Path file,
      ReentrantLock writeLock) {
    H2Store store = new H2Store(description, file, JdbcConnectionPool.create(url, "sa", ""),
        writeLock);
    try {
      store.write("open", null, connection -> {
        Schema.migrate(connection, description);
        return null;
      });
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static Path withSuffix(Path file) {
    if (file.getFileName() == null) {
      throw new StoreException("could not open the store file " + file + ": it names a"
          + " directory root, not a file");
    }
    String name = file.getFileName().toString();
    return name.endsWith(FILE_SUFFIX) ? file : file.resolveSibling(name + FILE_SUFFIX);
  }

  /** The database file, with its {@code .mv.db} suffix; empty for an in-memory store. */
  public Optional<Path> path() {
    return Optional.ofNullable(file);
  }

  @Override
  public Optional<StoredInstance> load(String id) {
    Objects.requireNonNull(id, "id");
    return read("load", id, connection -> InstanceTable.select(connection, id));
  }

  @Override
  public void insert(StoredInstance instance) {
    Objects.requireNonNull(instance, "instance");
    write("insert", instance.id(), connection -> {
      if (!InstanceTable.insertIfAbsent(connection, instance)) {
        throw new InstanceExistsException(instance.id());
      }
      return null;
    });
  }

  @Override
  public void update(StoredInstance instance, long expectedRevision) {
    Objects.requireNonNull(instance, "instance");
    if (instance.revision() != expectedRevision + 1) {
      throw new IllegalArgumentException("an update of instance \"" + instance.id()
          + "\" based on revision " + expectedRevision + " must carry revision "
          + (expectedRevision + 1) + ", not " + instance.revision());
    }
    write("update", instance.id(), connection -> {
      if (!InstanceTable.updateIfRevision(connection, instance, expectedRevision)) {
        long actual = InstanceTable.revisionOf(connection, instance.id());
        throw new RevisionConflictException(instance.id(), expectedRevision, actual);
      }
      return null;
    });
  }

  @Override
  public List<String> due(Instant now, int limit) {
    Objects.requireNonNull(now, "now");
    return read("find due timers", "*", connection -> InstanceTable.selectDue(connection, now,
        limit));
  }

  @Override
  public List<String> waitingFor(String waitKey) {
    Objects.requireNonNull(waitKey, "waitKey");
    return read("find who waits for " + waitKey, "*",
        connection -> InstanceTable.selectWaiting(connection, waitKey));
  }

  @Override
  public Optional<Instant> nextDue() {
    return read("find the next timer", "*", InstanceTable::selectNextDue);
  }

  /** Closes the store; later calls do nothing. Data of an in-memory store is gone. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      // H2 closes the database with its last connection and writes while closing; holding the
      // write lock keeps that from interleaving with a write of another store on the file.
      writeLock.lock();
      try {
        pool.dispose();
      } finally {
        writeLock.unlock();
      }
    }
  }

  @Override
  public String toString() {
    return "H2Store[" + description + "]";
  }

  /** Work on one connection; what it throws besides SQLException passes through unchanged. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T read(String operation, String id, SqlWork<T> work) {
    try (Connection connection = connection()) {
      connection.setAutoCommit(true);
      return work.run(connection);
    } catch (SQLException e) {
      throw failure(operation, id, e);
    }
  }

  /**
   * Runs {@code work} as one transaction, commits it and forces it to the device. One write at a
   * time: H2 serializes its file writes anyway, and this way each write is on the device before
   * the next one can reuse space that an older version of the file still points to.
   */
  private <T> T write(String operation, String id, SqlWork<T> work) {
    writeLock.lock();
    try (Connection connection = connection()) {
      connection.setAutoCommit(false);
      T result;
      try {
        result = work.run(connection);
        connection.commit();
      } catch (Throwable e) {
        rollbackQuietly(connection, e);
        throw e;
      }
      forceToDevice(connection, operation, id);
      return result;
    } catch (SQLException e) {
      throw failure(operation, id, e);
    } finally {
      writeLock.unlock();
    }
  }

  private void forceToDevice(Connection connection, String operation, String id) {
    if (file == null) {
      return;
    }
    // CHECKPOINT SYNC writes what is pending and calls FileChannel.force on the file.
    try (Statement sql = connection.createStatement()) {
      sql.execute("CHECKPOINT SYNC");
    } catch (SQLException e) {
      throw new StoreException("committed but could not force to the device: "
          + what(operation, id) + "; a machine crash may still lose it: " + e.getMessage(), e);
    }
  }

  private Connection connection() throws SQLException {
    if (closed.get()) {
      throw closedException();
    }
    try {
      return pool.getConnection();
    } catch (IllegalStateException e) {
      // The pool refuses once disposed: close() ran since the check above.
      throw closedException();
    }
  }

  private StoreException closedException() {
    return new StoreException("the " + description + " is closed");
  }

  private static void rollbackQuietly(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private StoreException failure(String operation, String id, SQLException e) {
    if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
      return new StoreException("could not " + what(operation, id) + ": the file is in use by"
          + " another process, and only one process can open it at a time; stop that process or"
          + " use another file (system property " + LOCATION_PROPERTY + ")", e);
    }
    return new StoreException("could not " + what(operation, id) + ": " + e.getMessage(), e);
  }

  /** E.g. {@code update instance "order-7" in store file /data/app.mv.db}. */
  private String what(String operation, String id) {
    return id == null
        ? operation + " the " + description
        : operation + " instance \"" + id + "\" in " + description;
  }
}
