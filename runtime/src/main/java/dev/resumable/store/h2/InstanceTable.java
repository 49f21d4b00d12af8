package dev.resumable.store.h2;

import dev.resumable.store.StoredInstance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.h2.api.ErrorCode;

/** The SQL on {@code resumable_instance}; transactions and locking are the caller's. */
final class InstanceTable {

  private static final String SELECT =
      "SELECT id, method, status, revision, state, due_at, wait_key FROM resumable_instance"
          + " WHERE id = ?";
  private static final String SELECT_REVISION =
      "SELECT revision FROM resumable_instance WHERE id = ?";
  private static final String INSERT =
      "INSERT INTO resumable_instance"
          + " (id, method, status, revision, state, due_at, wait_key, created_at, updated_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
  private static final String SELECT_WAITING =
      "SELECT id FROM resumable_instance WHERE wait_key = ? ORDER BY id";
  private static final String SELECT_NEXT_DUE = "SELECT MIN(due_at) FROM resumable_instance";
  private static final String SELECT_DUE =
      "SELECT id FROM resumable_instance WHERE due_at <= ? ORDER BY due_at, id LIMIT ?";
  // The revision in the WHERE clause makes the update a compare-and-set.
  private static final String UPDATE =
      "UPDATE resumable_instance"
          + " SET method = ?, status = ?, revision = ?, state = ?, due_at = ?, wait_key = ?,"
          + " updated_at = CURRENT_TIMESTAMP"
          + " WHERE id = ? AND revision = ?";

  private InstanceTable() {}

  static Optional<StoredInstance> select(Connection connection, String id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT)) {
      select.setString(1, id);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        OffsetDateTime due = row.getObject(6, OffsetDateTime.class);
        return Optional.of(new StoredInstance(row.getString(1), row.getString(2),
            row.getString(3), row.getLong(4), row.getBytes(5),
            due == null ? null : due.toInstant(), row.getString(7)));
      }
    }
  }

  static List<String> selectDue(Connection connection, Instant now, int limit)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT_DUE)) {
      select.setObject(1, now.atOffset(ZoneOffset.UTC));
      select.setInt(2, limit);
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    }
  }

  static List<String> selectWaiting(Connection connection, String waitKey) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT_WAITING)) {
      select.setString(1, waitKey);
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    }
  }

  static Optional<Instant> selectNextDue(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT_NEXT_DUE);
        ResultSet row = select.executeQuery()) {
      row.next();
      OffsetDateTime due = row.getObject(1, OffsetDateTime.class);
      return Optional.ofNullable(due).map(OffsetDateTime::toInstant);
    }
  }

  private static Object due(StoredInstance instance) {
    return instance.due() == null ? null : instance.due().atOffset(ZoneOffset.UTC);
  }

  /** The stored revision, or -1 if there is no such instance. */
  static long revisionOf(Connection connection, String id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT_REVISION)) {
      select.setString(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getLong(1) : -1;
      }
    }
  }

  /** False, and nothing written, if the id is taken. */
  static boolean insertIfAbsent(Connection connection, StoredInstance instance)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setString(1, instance.id());
      insert.setString(2, instance.method());
      insert.setString(3, instance.status());
      insert.setLong(4, instance.revision());
      insert.setBytes(5, instance.state());
      insert.setObject(6, due(instance));
      insert.setString(7, instance.waitKey());
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
        return false;
      }
      throw e;
    }
  }

  /** False, and nothing written, unless the stored revision is {@code expectedRevision}. */
  static boolean updateIfRevision(Connection connection, StoredInstance instance,
      long expectedRevision) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
      update.setString(1, instance.method());
      update.setString(2, instance.status());
      update.setLong(3, instance.revision());
      update.setBytes(4, instance.state());
      update.setObject(5, due(instance));
      update.setString(6, instance.waitKey());
      update.setString(7, instance.id());
      update.setLong(8, expectedRevision);
      return update.executeUpdate() == 1;
    }
  }
}
