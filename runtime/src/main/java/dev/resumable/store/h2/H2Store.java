package dev.resumable.store.h2;

import dev.resumable.query.AttributeValue;
import dev.resumable.query.InstanceCounts;
import dev.resumable.query.InstancePage;
import dev.resumable.query.InstanceQuery;
import dev.resumable.store.ChangeSet;
import dev.resumable.store.InstanceExistsException;
import dev.resumable.store.InstanceSummary;
import dev.resumable.store.RevisionConflictException;
import dev.resumable.store.Store;
import dev.resumable.store.StoreException;
import dev.resumable.store.SqlQueries;
import dev.resumable.store.StoredInstance;
import dev.resumable.store.TransactionalWork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded store: one H2 database file that needs no set-up.
 *
 * <p>{@link #commit} (and so {@link #insert} and {@link #update}) returns only after the change
 * is written and forced to the device, so neither a killed process nor a power loss loses it.
 *
 * <p>Writes use group commit ({@link GroupCommitter}): a durable commit costs a few hundred
 * microseconds, most of it H2 rewriting pages, whether it carries one row or many. So while one
 * commit is in progress, the inserts and updates that other threads hand in queue up, and the
 * next commit writes all of them in one transaction with one force to the device. A lone writer
 * never waits for company. Each call still succeeds or fails on its own: a taken id or a moved
 * revision fails only that call, while a failed commit or force fails every call it carried.
 * Stores opened on the same file in one JVM share one committer. Loads run in parallel with each
 * other, and wait while a batch is being written (see {@link GroupCommitter} for why).
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

  private static final int MAX_CONNECTIONS = 64;

  /** The suffix H2 gives its database file. */
  public static final String FILE_SUFFIX = ".mv.db";

  // H2 shares one database among all connections to a file in this JVM, so two stores opened
  // on the same file must share the committer that keeps each write followed by its fsync.
  /** {@link #reclaimSpace()} rewrites chunks less full than this, in percent. */
  private static final int RECLAIM_BELOW_FILL_RATE = 80;
  /** And at most about this many bytes of them at a time, to keep batches from waiting long. */
  private static final int RECLAIM_BYTES = 16 << 20;
  /** How many stores of this process have each file open: a compaction waits for none. */
  private static final ConcurrentMap<Path, Integer> OPEN_FILES = new ConcurrentHashMap<>();
  private static final ConcurrentMap<Path, GroupCommitter> COMMITTERS =
      new ConcurrentHashMap<>();

  private final String description;
  private final Path file;
  private final JdbcConnectionPool pool;
  private final GroupCommitter committer;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final List<IntConsumer> batchListeners = new CopyOnWriteArrayList<>();

  // For a file: the connection that opened the database, held until close. H2 closes a database
  // with its last connection, and would open it again without the bound RecentChunks sets.
  private volatile Connection keeper;

  private H2Store(String description, Path file, JdbcConnectionPool pool,
      GroupCommitter committer) {
    this.description = description;
    this.file = file;
    this.pool = pool;
    this.committer = committer;
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
    String base = baseName(dbFile);
    try {
      Files.createDirectories(dbFile.getParent());
    } catch (IOException e) {
      throw new StoreException("could not create the directory " + dbFile.getParent()
          + " for the store file " + dbFile + ": " + e, e);
    }
    GroupCommitter committer = COMMITTERS.computeIfAbsent(dbFile, f -> new GroupCommitter(true));
    return start(H2Urls.file(fileSystem + base), "store file " + dbFile, dbFile, committer);
  }

  /**
   * The JDBC URL of the H2 database in {@code file} (with or without its suffix), with the
   * settings this store opens it with, for tools that read or edit the file with plain JDBC. In a
   * JVM where the store is open, such a connection shares the store's database, and what it
   * writes does not go through the store's group commit.
   */
  public static String jdbcUrl(Path file) {
    Objects.requireNonNull(file, "file");
    return H2Urls.file(baseName(withSuffix(file.toAbsolutePath().normalize())));
  }

  /** H2's name for the database in {@code dbFile}: the path without the suffix. */
  private static String baseName(Path dbFile) {
    String base = dbFile.toString();
    base = base.substring(0, base.length() - FILE_SUFFIX.length());
    if (base.contains(";")) {
      // H2 reads ';' in a URL as the start of a setting.
      throw new StoreException("could not open the store file " + dbFile + ": H2 does not accept"
          + " ';' in a file name; choose another location");
    }
    return base;
  }

  /**
   * Compacts the store file {@code file} (with or without its suffix), which no store may have
   * open, in this process or another: H2 rewrites it with only the pages still in use ({@code
   * SHUTDOWN COMPACT}), so that the space of deleted instances goes back to the file system.
   * Returns the file's size afterwards. An open store reuses the space of what was deleted, but
   * never gives it back; run this while the application is stopped, e.g. at an upgrade. It takes
   * about as long as reading and writing the live data once.
   *
   * @throws StoreException if there is no such file, or it is open here or in another process
   */
  public static long compact(Path file) {
    Objects.requireNonNull(file, "file");
    Path dbFile = withSuffix(file.toAbsolutePath().normalize());
    if (!Files.isRegularFile(dbFile)) {
      throw new StoreException("there is no store file " + dbFile + " to compact");
    }
    if (OPEN_FILES.containsKey(dbFile)) {
      throw new StoreException("the store file " + dbFile + " is open in this process; close"
          + " its engine first, then compact it");
    }
    // IFEXISTS: a file removed meanwhile is an error, not a new empty database.
    try (Connection connection = DriverManager.getConnection(
            H2Urls.file(baseName(dbFile)) + ";IFEXISTS=TRUE", "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN COMPACT");
    } catch (SQLException e) {
      throw new StoreException("could not compact the store file " + dbFile + " (is it open in"
          + " another process? stop it first): " + e.getMessage(), e);
    }
    try {
      return Files.size(dbFile);
    } catch (IOException e) {
      throw new StoreException("compacted the store file " + dbFile + " but cannot read its"
          + " size: " + e, e);
    }
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
        new GroupCommitter(false));
  }

  private static H2Store start(String url, String description, Path file,
      GroupCommitter committer) {
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    // Loads run in parallel, one connection each; H2's default of 10 would queue the threads of
    // a busy engine behind each other before they reach the database.
    pool.setMaxConnections(MAX_CONNECTIONS);
    H2Store store = new H2Store(description, file, pool, committer);
    if (file != null) {
      OPEN_FILES.merge(file, 1, Integer::sum);
    }
    try {
      if (file != null) {
        // Not from the pool: the pool rolls back every connection it hands out, and with
        // WRITE_DELAY=0 a rollback writes what H2 changed while opening the file. The bound must
        // be set before that write, and before any later one reuses space.
        store.keeper = committer.exclusively(() -> {
          JdbcDataSource source = new JdbcDataSource();
          source.setURL(url);
          source.setUser("sa");
          Connection keeper = source.getConnection();
          try {
            RecentChunks.keep(keeper);
            return keeper;
          } catch (SQLException | RuntimeException e) {
            closeQuietly(keeper, e);
            throw e;
          }
        });
      }
      committer.commitAlone(store, connection -> {
        Schema.migrate(connection, description);
        return null;
      });
      return store;
    } catch (SQLException e) {
      store.close();
      throw store.failure("open", null, e);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static void closeQuietly(Connection connection, Throwable cause) {
    try {
      connection.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
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

  /**
   * Commits the change set in one transaction, behind a savepoint of its own when it shares a
   * group commit: a taken id or a moved revision anywhere in it undoes all of it, and only it.
   */
  @Override
  public void commit(ChangeSet changes) {
    Objects.requireNonNull(changes, "changes");
    if (changes.isEmpty()) {
      return;
    }
    List<String> ids = changes.ids();
    String operation = changes.inserts().isEmpty() ? "update"
        : changes.updates().isEmpty() ? "insert" : "commit a step of";
    write(operation, ids.get(0), ids, connection -> {
      apply(connection, changes);
      return null;
    });
  }

  private static void apply(Connection connection, ChangeSet changes) throws SQLException {
    for (StoredInstance instance : changes.inserts()) {
      if (!InstanceTable.insertIfAbsent(connection, instance)) {
        throw new InstanceExistsException(instance.id());
      }
    }
    for (ChangeSet.Update update : changes.updates()) {
      StoredInstance instance = update.instance();
      if (!InstanceTable.updateIfRevision(connection, instance, update.expectedRevision())) {
        long actual = InstanceTable.revisionOf(connection, instance.id());
        throw new RevisionConflictException(instance.id(), update.expectedRevision(), actual);
      }
    }
  }

  /**
   * Runs the work and commits its change set in a transaction of their own, outside any group
   * commit, holding the file as a batch does: while a transactional step runs, no other commit
   * of this store writes, so keep such steps short.
   */
  @Override
  public void commitWith(TransactionalWork work) {
    Objects.requireNonNull(work, "work");
    if (closed.get()) {
      throw closedException();
    }
    try {
      committer.commitAlone(this, connection -> {
        ChangeSet changes = work.run(connection);
        if (changes != null) {
          apply(connection, changes);
        }
        return null;
      });
    } catch (SQLException e) {
      throw failure("commit a transactional step in", null, e);
    }
  }

  @Override
  public List<String> claimDue(Instant now, int limit, String owner, Duration lease) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(lease, "lease");
    // Most polls find nothing due: a read, and no write unless there is something to claim.
    List<String> claimable = read("find due timers in", null,
        connection -> InstanceTable.selectClaimable(connection, now, limit));
    if (claimable.isEmpty()) {
      return claimable;
    }
    Instant until = now.plus(lease);
    List<String> claimed = new ArrayList<>();
    write("claim due timers in", null, List.of(), connection -> {
      claimed.clear(); // the work runs once, but say so: what is returned is what committed
      for (String id : claimable) {
        if (InstanceTable.claim(connection, id, now, owner, until)) {
          claimed.add(id);
        }
      }
      return null;
    });
    return claimed;
  }

  @Override
  public void releaseClaim(String id, String owner) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    write("release the claim on", id, List.of(id), connection -> {
      InstanceTable.release(connection, id, owner);
      return null;
    });
  }

  @Override
  public List<InstanceSummary> list(String status, String afterId, int limit) {
    return read("list the instances in", null,
        connection -> InstanceTable.list(connection, status, afterId, limit));
  }

  @Override
  public InstancePage query(InstanceQuery query) {
    Objects.requireNonNull(query, "query");
    return read("query the instances in", null,
        connection -> SqlQueries.page(connection, query, H2Dialect.INSTANCE));
  }

  /**
   * The plan the database makes for the page query of {@code query} ({@code EXPLAIN}): which
   * index answers it, for tuning and for tests.
   */
  public String queryPlan(InstanceQuery query) {
    Objects.requireNonNull(query, "query");
    return read("explain a query on", null,
        connection -> SqlQueries.plan(connection, query, H2Dialect.INSTANCE));
  }

  @Override
  public InstanceCounts count(InstanceQuery query) {
    Objects.requireNonNull(query, "query");
    return read("count the instances in", null,
        connection -> SqlQueries.count(connection, query, H2Dialect.INSTANCE));
  }

  @Override
  public Map<String, AttributeValue> attributes(String id) {
    Objects.requireNonNull(id, "id");
    return read("read the search attributes of", id,
        connection -> SqlQueries.attributes(connection, id));
  }

  @Override
  public boolean delete(String id) {
    Objects.requireNonNull(id, "id");
    boolean[] deleted = new boolean[1];
    write("delete", id, List.of(id), connection -> {
      deleted[0] = InstanceTable.delete(connection, id);
      return null;
    });
    return deleted[0];
  }

  @Override
  public int deleteFinished(Instant writtenBefore, int limit) {
    Objects.requireNonNull(writtenBefore, "writtenBefore");
    int[] deleted = new int[1];
    write("delete finished instances in", null, List.of(), connection -> {
      deleted[0] = InstanceTable.deleteFinished(connection, writtenBefore, limit);
      return null;
    });
    return deleted[0];
  }

  /** Stores on one file share one database in this JVM; an in-memory store is its own. */
  @Override
  public Object dataKey() {
    return file != null ? file : this;
  }

  @Override
  public List<String> waitingFor(String waitKey) {
    Objects.requireNonNull(waitKey, "waitKey");
    return read("find who waits for " + waitKey + " in", null,
        connection -> InstanceTable.selectWaiting(connection, waitKey));
  }

  @Override
  public Optional<Instant> nextDue() {
    return read("find the next timer in", null, InstanceTable::selectNextDue);
  }

  /**
   * Closes the store; later calls do nothing. Writes already queued either commit or fail with a
   * {@link StoreException} saying the store is closed. Data of an in-memory store is gone.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (file != null) {
        OPEN_FILES.computeIfPresent(file, (f, open) -> open == 1 ? null : open - 1);
      }
      // H2 closes the database with its last connection and writes while closing; waiting for
      // the file keeps that from interleaving with a batch, and a batch that began before lends
      // itself connections from this pool until it is done.
      committer.whileNoBatchWrites(() -> {
        pool.dispose();
        if (keeper != null) {
          // The last connection: H2 closes the database with it, and writes while closing.
          try {
            keeper.close();
          } catch (SQLException e) {
            throw failure("close", null, e);
          }
        }
      });
    }
  }

  /**
   * Rewrites the live pages of the file's half-empty chunks into new ones, so that the space of
   * those chunks is reused once the kept versions are past (see {@link RecentChunks}); the file
   * then grows only with the data it holds. This is H2's own {@code MVStore.compact}, which its
   * background writer would run from time to time if the store had one: a store that writes
   * every commit before it returns has none. It runs while no batch writes, and its writes are
   * forced to the device like a commit's. Returns whether it rewrote anything; an in-memory
   * store has nothing to do.
   */
  public boolean reclaimSpace() {
    if (keeper == null) {
      return false;
    }
    try {
      return committer.exclusively(() -> {
        boolean rewrote = RecentChunks.mvStore(keeper).compact(RECLAIM_BELOW_FILL_RATE,
            RECLAIM_BYTES);
        try (Statement checkpoint = keeper.createStatement()) {
          checkpoint.execute("CHECKPOINT SYNC");
        }
        return rewrote;
      });
    } catch (SQLException e) {
      throw failure("reclaim space in", null, e);
    }
  }

  /**
   * Tells {@code batches} the size of each group commit that carried a write of this store; a
   * commit may also carry writes of other stores open on the same file.
   */
  @Override
  public void onCommitBatch(IntConsumer batches) {
    batchListeners.add(Objects.requireNonNull(batches, "batches"));
  }

  /** A group commit of {@code writes} writes, one of them or more this store's, is durable. */
  void committedBatch(int writes) {
    if (closed.get()) {
      return;
    }
    for (IntConsumer listener : batchListeners) {
      try {
        listener.accept(writes);
      } catch (RuntimeException e) {
        // The writes are durable; a failing observer must not fail their callers.
      }
    }
  }

  /** For tests: the committer of this store's database. */
  GroupCommitter committer() {
    return committer;
  }

  @Override
  public String toString() {
    return "H2Store[" + description + "]";
  }

  private <T> T read(String operation, String id, SqlWork<T> work) {
    if (closed.get()) {
      throw closedException();
    }
    try {
      return committer.read(this, work);
    } catch (SQLException e) {
      throw failure(operation, id, e);
    }
  }

  /** Runs {@code work} in a group commit; returns once it is committed and forced. */
  private void write(String operation, String id, List<String> ids, SqlWork<?> work) {
    if (closed.get()) {
      throw closedException();
    }
    committer.write(new PendingWrite(this, operation, id, ids, work));
  }

  boolean isClosed() {
    return closed.get();
  }

  /**
   * A connection even after {@link #close()} has begun: the pool lasts until close() gets the
   * committer's file lock, so a batch holding that lock may still use it.
   */
  Connection pooledConnection() throws SQLException {
    try {
      return pool.getConnection();
    } catch (IllegalStateException e) {
      // The pool refuses once disposed.
      throw closedException();
    }
  }

  StoreException closedException() {
    return new StoreException("the " + description + " is closed");
  }

  StoreException failure(String operation, String id, SQLException e) {
    if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
      return new StoreException("could not " + what(operation, id) + ": the file is in use by"
          + " another process, and only one process can open it at a time; stop that process or"
          + " use another file (system property " + LOCATION_PROPERTY + ")", e);
    }
    return new StoreException("could not " + what(operation, id) + ": " + e.getMessage(), e);
  }

  StoreException notForced(String operation, String id, SQLException e) {
    return new StoreException("committed but could not force to the device: "
        + what(operation, id) + "; a machine crash may still lose it: " + e.getMessage(), e);
  }

  /** E.g. {@code update instance "order-7" in store file /data/app.mv.db}. */
  String what(String operation, String id) {
    return id == null
        ? operation + " the " + description
        : operation + " instance \"" + id + "\" in " + description;
  }
}
