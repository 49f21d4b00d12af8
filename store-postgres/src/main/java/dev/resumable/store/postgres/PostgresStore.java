package dev.resumable.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import javax.sql.DataSource;

/**
 * A store on PostgreSQL, which any number of engine processes can share.
 *
 * <p>Every write is one transaction, committed synchronously: when {@link #commit} returns, the
 * server has the commit on disk. An update is a compare-and-set on the instance's revision,
 * decided by PostgreSQL's row lock, so of two processes that update one instance from the same
 * revision exactly one succeeds, and the other gets a {@link RevisionConflictException} having
 * changed nothing. Due work is claimed with {@code FOR UPDATE SKIP LOCKED}, so engines that
 * claim at once each get other rows, and no row goes to two of them while its claim lasts. Due
 * timers and the instances that wait for an event key are found by indexes.
 *
 * <p>While an engine runs a step of an instance it {@linkplain #hold holds} the instance with an
 * advisory lock, so that an engine in another process that calls on the same instance waits
 * instead of running its code too. Each hold keeps one connection for the step's duration: a
 * store opened with a URL takes them from a second pool of its own of up to {@value
 * #HOLD_CONNECTIONS}; one opened on a data source takes them from that data source, which must
 * then have room for a connection per step running at once on top of those steps' loads and
 * commits.
 *
 * <p>The store creates its tables on first use and upgrades those of older versions itself; it
 * refuses a database whose schema a newer version of Resumable wrote.
 */
public final class PostgresStore implements Store {

  private static final String URL_PREFIX = "jdbc:postgresql:";

  /**
   * The most steps that hold their instance at once through a store opened with a URL: at most
   * the engine's worker threads and the application's threads calling it, plus one for a
   * schedule's run started while its schedule is held. More wait for a connection.
   */
  public static final int HOLD_CONNECTIONS = 32;

  private final Transactions transactions;
  private final AutoCloseable ownPool;
  private final AutoCloseable ownHoldPool;
  private volatile AdvisoryHolds holds;
  private final List<IntConsumer> batchListeners = new CopyOnWriteArrayList<>();
  private volatile String dataKey;

  private PostgresStore(Transactions transactions, AutoCloseable ownPool,
      AutoCloseable ownHoldPool) {
    this.transactions = transactions;
    this.ownPool = ownPool;
    this.ownHoldPool = ownHoldPool;
  }

  /**
   * Opens the store in the database at {@code jdbcUrl} ({@code
   * jdbc:postgresql://host:5432/database}, user and password as URL parameters if needed),
   * through a HikariCP pool of its own that {@link #close()} closes.
   */
  public static PostgresStore open(String jdbcUrl) {
    return open(jdbcUrl, null, null);
  }

  /** {@link #open(String)} with the user and password to connect as. */
  public static PostgresStore open(String jdbcUrl, String user, String password) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith(URL_PREFIX)) {
      throw new IllegalArgumentException("a PostgreSQL JDBC URL starts with " + URL_PREFIX
          + ", as in jdbc:postgresql://localhost:5432/app; not " + describe(jdbcUrl));
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setPoolName("resumable-store");
    String description = "PostgreSQL store at " + describe(jdbcUrl);
    HikariDataSource pool = pool(config, description);
    HikariConfig holdConfig = new HikariConfig();
    config.copyStateTo(holdConfig);
    holdConfig.setPoolName("resumable-holds");
    holdConfig.setMaximumPoolSize(HOLD_CONNECTIONS);
    holdConfig.setMinimumIdle(2);
    HikariDataSource holdPool;
    try {
      holdPool = pool(holdConfig, description);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return start(new Transactions(pool, description), pool, holdPool, holdPool);
  }

  private static HikariDataSource pool(HikariConfig config, String description) {
    try {
      return new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new StoreException("could not open the " + description + ": " + cause.getMessage(),
          e);
    }
  }

  /**
   * Opens the store in the database that {@code dataSource} connects to, typically the
   * application's own connection pool. {@link #close()} leaves it open.
   */
  public static PostgresStore open(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    String description;
    try (Connection connection = dataSource.getConnection()) {
      String url = connection.getMetaData().getURL();
      if (url == null || !url.startsWith(URL_PREFIX)) {
        throw new IllegalArgumentException("the data source connects to "
            + connection.getMetaData().getDatabaseProductName() + ", not PostgreSQL; give a"
            + " data source of a PostgreSQL database");
      }
      description = "PostgreSQL store at " + describe(url);
    } catch (SQLException e) {
      throw new StoreException("could not open the PostgreSQL store: no connection from "
          + dataSource + ": " + e.getMessage(), e);
    }
    return start(new Transactions(dataSource, description), null, dataSource, null);
  }

  private static PostgresStore start(Transactions transactions, AutoCloseable ownPool,
      DataSource holdConnections, AutoCloseable ownHoldPool) {
    PostgresStore store = new PostgresStore(transactions, ownPool, ownHoldPool);
    try {
      String schema = transactions.write("open", null, connection -> {
        PostgresSchema.migrate(connection, transactions.description());
        return currentSchema(connection);
      });
      store.dataKey = "postgres:" + transactions.description() + "/" + schema;
      store.holds = new AdvisoryHolds(holdConnections, transactions, schema);
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static String currentSchema(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet row = sql.executeQuery("SELECT current_schema()")) {
      row.next();
      return row.getString(1);
    }
  }

  /** Host, port and database of a JDBC URL, without its parameters, which may hold a password. */
  static String describe(String jdbcUrl) {
    String withoutParameters = jdbcUrl.split("\\?", 2)[0];
    return withoutParameters.startsWith(URL_PREFIX + "//")
        ? withoutParameters.substring(URL_PREFIX.length() + 2)
        : withoutParameters;
  }

  @Override
  public Optional<StoredInstance> load(String id) {
    Objects.requireNonNull(id, "id");
    return transactions.read("load", id, connection -> InstanceRows.select(connection, id));
  }

  /**
   * Holds {@code id} against every engine on this database and schema, in any process, with a
   * transaction-level advisory lock ({@code pg_advisory_xact_lock}) on a 64-bit hash of the
   * schema and the id, taken on a connection kept until the hold is closed. Waits while another
   * holds it. The application's own advisory locks share the key space: a key of theirs that
   * equals such a hash would make one wait for the other, never both run.
   */
  @Override
  public Hold hold(String id) {
    Objects.requireNonNull(id, "id");
    return holds.hold(id);
  }

  /**
   * Commits the change set in one transaction. Its rows are written in id order, so that two
   * steps that write the same instances lock them in the same order and never deadlock.
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
    transactions.write(operation, ids.get(0), connection -> {
      apply(connection, changes);
      return null;
    });
    tellCommitted();
  }

  private static void apply(Connection connection, ChangeSet changes) throws SQLException {
    for (Object change : inIdOrder(changes)) {
      if (change instanceof StoredInstance insert) {
        if (!InstanceRows.insertIfAbsent(connection, insert)) {
          throw new InstanceExistsException(insert.id());
        }
      } else {
        ChangeSet.Update update = (ChangeSet.Update) change;
        StoredInstance instance = update.instance();
        if (!InstanceRows.updateIfRevision(connection, instance, update.expectedRevision())) {
          throw new RevisionConflictException(instance.id(), update.expectedRevision(),
              InstanceRows.revisionOf(connection, instance.id()));
        }
      }
    }
  }

  /**
   * Runs the work and commits its change set in one transaction on a connection of the
   * application's data source, committed synchronously, so the application's tables in this
   * database are written with the step's outcome or not at all.
   */
  @Override
  public void commitWith(TransactionalWork work) {
    Objects.requireNonNull(work, "work");
    transactions.write("commit a transactional step in", null, connection -> {
      ChangeSet changes = work.run(connection);
      if (changes != null) {
        apply(connection, changes);
      }
      return null;
    });
    tellCommitted();
  }

  private void tellCommitted() {
    for (IntConsumer listener : batchListeners) {
      try {
        listener.accept(1); // each change set is a transaction of its own
      } catch (RuntimeException e) {
        // Committed; a failing observer must not fail the caller.
      }
    }
  }

  /** Tells {@code batches} of each change set committed: 1 each, PostgreSQL commits them alone. */
  @Override
  public void onCommitBatch(IntConsumer batches) {
    batchListeners.add(Objects.requireNonNull(batches, "batches"));
  }

  /** The inserts ({@link StoredInstance}) and updates ({@link ChangeSet.Update}) by id. */
  private static List<Object> inIdOrder(ChangeSet changes) {
    List<Object> all = new ArrayList<>(changes.inserts());
    all.addAll(changes.updates());
    all.sort(Comparator.comparing(change -> change instanceof StoredInstance insert
        ? insert.id() : ((ChangeSet.Update) change).instance().id()));
    return all;
  }

  @Override
  public List<String> claimDue(Instant now, int limit, String owner, Duration lease) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(lease, "lease");
    Instant until = now.plus(lease);
    return transactions.write("claim due timers in", null,
        connection -> InstanceRows.claimDue(connection, now, limit, owner, until));
  }

  @Override
  public void releaseClaim(String id, String owner) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    transactions.write("release the claim on", id, connection -> {
      InstanceRows.releaseClaim(connection, id, owner);
      return null;
    });
  }

  @Override
  public List<InstanceSummary> list(String status, String afterId, int limit) {
    return transactions.read("list the instances in", null,
        connection -> InstanceRows.list(connection, status, afterId, limit));
  }

  @Override
  public InstancePage query(InstanceQuery query) {
    Objects.requireNonNull(query, "query");
    return transactions.read("query the instances in", null,
        connection -> SqlQueries.page(connection, query, PostgresDialect.INSTANCE));
  }

  /**
   * The plan the database makes for the page query of {@code query} ({@code EXPLAIN}): which
   * index answers it, for tuning and for tests.
   */
  public String queryPlan(InstanceQuery query) {
    Objects.requireNonNull(query, "query");
    return transactions.read("explain a query on", null,
        connection -> SqlQueries.plan(connection, query, PostgresDialect.INSTANCE));
  }

  @Override
  public InstanceCounts count(InstanceQuery query) {
    Objects.requireNonNull(query, "query");
    return transactions.read("count the instances in", null,
        connection -> SqlQueries.count(connection, query, PostgresDialect.INSTANCE));
  }

  @Override
  public Map<String, AttributeValue> attributes(String id) {
    Objects.requireNonNull(id, "id");
    return transactions.read("read the search attributes of", id,
        connection -> SqlQueries.attributes(connection, id));
  }

  @Override
  public boolean delete(String id) {
    Objects.requireNonNull(id, "id");
    return transactions.write("delete", id, connection -> InstanceRows.delete(connection, id));
  }

  @Override
  public int deleteFinished(Instant writtenBefore, int limit) {
    Objects.requireNonNull(writtenBefore, "writtenBefore");
    return transactions.write("delete finished instances in", null,
        connection -> InstanceRows.deleteFinished(connection, writtenBefore, limit));
  }

  /** Stores on the same database and schema, whatever their pools, share one key. */
  @Override
  public Object dataKey() {
    return dataKey;
  }

  @Override
  public List<String> waitingFor(String waitKey) {
    Objects.requireNonNull(waitKey, "waitKey");
    return transactions.read("find who waits for " + waitKey + " in", null,
        connection -> InstanceRows.selectWaiting(connection, waitKey));
  }

  @Override
  public Optional<Instant> nextDue() {
    return transactions.read("find the next timer in", null, InstanceRows::selectNextDue);
  }

  /**
   * Closes the store; later calls throw a {@link StoreException} saying so, and a second close
   * does nothing. The pool the store opened is closed; a data source given to it is not.
   */
  @Override
  public void close() {
    if (transactions.close()) {
      closePool(ownHoldPool);
      closePool(ownPool);
    }
  }

  private void closePool(AutoCloseable pool) {
    if (pool == null) {
      return;
    }
    try {
      pool.close();
    } catch (Exception e) {
      throw new StoreException("could not close the pool of the "
          + transactions.description() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "PostgresStore[" + transactions.description() + "]";
  }
}
