package dev.resumable.store.postgres;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Status;
import dev.resumable.query.InstanceInfo;
import dev.resumable.query.InstanceQuery;
import dev.resumable.store.StoreException;
import dev.resumable.store.contract.OldRecords;
import dev.resumable.store.StoredInstance;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The store creates and upgrades its own tables, and refuses a schema it cannot read. */
class PostgresSchemaTest {

  private final String url = TestPostgres.freshSchemaUrl();

  @Test
  void aNewDatabaseGetsTheCurrentSchema() throws SQLException {
    PostgresStore.open(url).close();

    assertEquals(PostgresSchema.CURRENT_VERSION, storedVersion());
  }

  @Test
  void reopeningKeepsWhatIsStored() {
    try (PostgresStore store = PostgresStore.open(url)) {
      store.insert(new StoredInstance("kept", "m", "WAITING", 1, new byte[] {7}));
    }
    try (PostgresStore store = PostgresStore.open(url)) {
      assertArrayEquals(new byte[] {7}, store.load("kept").orElseThrow().state());
    }
  }

  @Test
  void aSchemaOfANewerVersionIsRefusedNamingBothVersions() throws SQLException {
    PostgresStore.open(url).close();
    int newer = PostgresSchema.CURRENT_VERSION + 1;
    execute("UPDATE resumable_schema SET version = " + newer);

    StoreException e = assertThrows(StoreException.class, () -> PostgresStore.open(url));

    assertTrue(e.getMessage().contains("schema version " + newer), e.getMessage());
    assertTrue(e.getMessage().contains("reads schema version "
        + PostgresSchema.CURRENT_VERSION + " and older"), e.getMessage());
    assertTrue(e.getMessage().contains("upgrade Resumable"), e.getMessage());
    assertEquals(newer, storedVersion(), "the refusing store changed the version");
  }

  @Test
  void aDatabaseOfTheFirstVersionIsUpgradedKeepingItsInstances() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url)) {
      connection.setAutoCommit(false);
      PostgresSchema.migrate(connection, "test", 1);
      try (Statement sql = connection.createStatement()) {
        sql.execute("INSERT INTO resumable_instance"
            + " (id, method, status, revision, state, due_at, due_nanos)"
            + " VALUES ('old', 'm', 'WAITING', 3, '\\x07', '2026-11-20T12:00:00Z', 0)");
      }
      connection.commit();
    }
    assertEquals(1, storedVersion());

    try (PostgresStore store = PostgresStore.open(url)) {
      assertEquals(PostgresSchema.CURRENT_VERSION, storedVersion());
      StoredInstance old = store.load("old").orElseThrow();
      assertEquals(3, old.revision());
      assertArrayEquals(new byte[] {7}, old.state());
      assertEquals(List.of("old"), store.claimDue(Instant.parse("2026-11-20T12:00:00Z"), 10,
          "node", Duration.ofMinutes(1)));
    }
  }

  @Test
  void aVersion3DatabaseIsUpgradedAndItsInstancesAreFoundByTheirRecords()
      throws SQLException {
    try (Connection connection = DriverManager.getConnection(url)) {
      connection.setAutoCommit(false);
      PostgresSchema.migrate(connection, "test", 3);
      insertAsVersion3(connection, "old-failed", "shop.checkout", "FAILED", OldRecords.failed());
      insertAsVersion3(connection, "old-failed/1", "shop.ship", "WAITING",
          OldRecords.waitingBranch());
      insertAsVersion3(connection, "odd", "m", "WAITING", OldRecords.garbage());
      connection.commit();
    }
    assertEquals(3, storedVersion());

    try (PostgresStore store = PostgresStore.open(url)) {
      assertEquals(PostgresSchema.CURRENT_VERSION, storedVersion());
      assertArrayEquals(OldRecords.failed(), store.load("old-failed").orElseThrow().state());
      assertArrayEquals(OldRecords.garbage(), store.load("odd").orElseThrow().state());
      assertEquals(List.of("old-failed"), ids(store, InstanceQuery.builder()
          .failureType("java.lang.IllegalStateException")));
      assertEquals(List.of("old-failed/1"), ids(store, InstanceQuery.builder()
          .waitingForEvent("packed")));
      InstanceInfo branch = store.query(InstanceQuery.builder().parentId("old-failed").build())
          .instances().get(0);
      assertEquals(OldRecords.STARTED, branch.startedAt());
      assertEquals(List.of("odd", "old-failed/1"),
          ids(store, InstanceQuery.builder().status(Status.WAITING)));
    }
  }

  private static List<String> ids(PostgresStore store, InstanceQuery.Builder query) {
    return store.query(query.build()).instances().stream().map(InstanceInfo::id).toList();
  }

  /** The insert of the version before the query API. */
  private static void insertAsVersion3(Connection connection, String id, String method,
      String status, byte[] state) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO resumable_instance"
        + " (id, method, status, revision, state) VALUES (?, ?, ?, 1, ?)")) {
      insert.setString(1, id);
      insert.setString(2, method);
      insert.setString(3, status);
      insert.setBytes(4, state);
      insert.executeUpdate();
    }
  }

  @Test
  void processesOpeningOneNewDatabaseTogetherAllSucceed() throws Exception {
    int openers = 4;
    ExecutorService threads = Executors.newFixedThreadPool(openers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> opened = new ArrayList<>();
      for (int i = 0; i < openers; i++) {
        opened.add(threads.submit(() -> {
          start.await();
          PostgresStore.open(url).close();
          return null;
        }));
      }
      start.countDown();
      for (Future<?> open : opened) {
        open.get(); // rethrows a failed open
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(1, count("SELECT count(*) FROM resumable_schema"));
  }

  private int storedVersion() throws SQLException {
    return count("SELECT version FROM resumable_schema");
  }

  private int count(String query) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement sql = connection.createStatement();
        ResultSet row = sql.executeQuery(query)) {
      assertTrue(row.next(), query);
      return row.getInt(1);
    }
  }

  private void execute(String statement) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }
}
