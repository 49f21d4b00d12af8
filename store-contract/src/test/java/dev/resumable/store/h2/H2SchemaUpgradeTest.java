package dev.resumable.store.h2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.Status;
import dev.resumable.query.InstanceInfo;
import dev.resumable.query.InstanceQuery;
import dev.resumable.store.contract.OldRecords;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of schema version 4, written as the version before the query API wrote it, opens as
 * version 5 with every instance intact and found by what it was not indexed by before.
 */
class H2SchemaUpgradeTest {

  @TempDir Path dir;

  @Test
  void aVersion4FileIsUpgradedAndItsInstancesAreFoundByTheirRecords() throws SQLException {
    Path file = dir.resolve("old");
    try (Connection connection = DriverManager.getConnection(H2Store.jdbcUrl(file), "sa", "")) {
      connection.setAutoCommit(false);
      Schema.migrate(connection, "test", 4);
      insertAsVersion4(connection, "old-failed", "shop.checkout", "FAILED", OldRecords.failed());
      insertAsVersion4(connection, "old-failed/1", "shop.ship", "WAITING",
          OldRecords.waitingBranch());
      insertAsVersion4(connection, "odd", "m", "WAITING", OldRecords.garbage());
      connection.commit();
      assertEquals(4, version(connection));
    }

    try (H2Store store = H2Store.open(file)) {
      assertArrayEquals(OldRecords.failed(), store.load("old-failed").orElseThrow().state());
      assertArrayEquals(OldRecords.garbage(), store.load("odd").orElseThrow().state());
      assertEquals(List.of("old-failed"), ids(store, InstanceQuery.builder()
          .failureType("java.lang.IllegalStateException")));
      assertEquals(List.of("old-failed/1"), ids(store, InstanceQuery.builder()
          .waitingForEvent("packed")));
      InstanceInfo branch = store.query(InstanceQuery.builder().parentId("old-failed").build())
          .instances().get(0);
      assertEquals(OldRecords.STARTED, branch.startedAt());
      assertEquals(List.of("packed"), branch.waitingFor());
      assertEquals(List.of("odd", "old-failed/1"),
          ids(store, InstanceQuery.builder().status(Status.WAITING)));
    }
    try (Connection connection = DriverManager.getConnection(H2Store.jdbcUrl(file), "sa", "")) {
      assertEquals(Schema.CURRENT_VERSION, version(connection));
    }
  }

  private static List<String> ids(H2Store store, InstanceQuery.Builder query) {
    return store.query(query.build()).instances().stream().map(InstanceInfo::id).toList();
  }

  /** The insert of the version before the query API. */
  private static void insertAsVersion4(Connection connection, String id, String method,
      String status, byte[] state) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO resumable_instance"
        + " (id, method, status, revision, state, due_at, wait_key, created_at, updated_at)"
        + " VALUES (?, ?, ?, 1, ?, NULL, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
      insert.setString(1, id);
      insert.setString(2, method);
      insert.setString(3, status);
      insert.setBytes(4, state);
      insert.executeUpdate();
    }
  }

  private static int version(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet row = sql.executeQuery("SELECT version FROM resumable_schema")) {
      row.next();
      return row.getInt(1);
    }
  }
}
