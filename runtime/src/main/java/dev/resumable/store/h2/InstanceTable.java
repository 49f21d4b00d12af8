package dev.resumable.store.h2;

import dev.resumable.store.InstanceSummary;
import dev.resumable.store.SqlIndexRows;
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
  // Times by the engine's clock where the engine gives them, else by the store's.
  private static final String INSERT =
      "INSERT INTO resumable_instance"
          + " (id, method, status, revision, state, due_at, wait_key, parent_id, failure_type,"
          + " created_at, updated_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " COALESCE(CAST(? AS TIMESTAMP WITH TIME ZONE), CURRENT_TIMESTAMP),"
          + " COALESCE(CAST(? AS TIMESTAMP WITH TIME ZONE), CURRENT_TIMESTAMP))";
  private static final String SELECT_WAITING =
      "SELECT id FROM resumable_instance WHERE wait_key = ? ORDER BY id";
  private static final String SELECT_NEXT_DUE = "SELECT MIN(due_at) FROM resumable_instance";
  // Due and not claimed, or claimed by an owner whose lease has run out.
  private static final String SELECT_CLAIMABLE =
      "SELECT id FROM resumable_instance WHERE due_at <= ?"
          + " AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY due_at, id LIMIT ?";
  private static final String CLAIM =
      "UPDATE resumable_instance SET claimed_by = ?, claimed_until = ?"
          + " WHERE id = ? AND due_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)";
  private static final String RELEASE =
      "UPDATE resumable_instance SET claimed_by = NULL, claimed_until = NULL"
          + " WHERE id = ? AND claimed_by = ?";
  private static final String DELETE = "DELETE FROM resumable_instance WHERE id = ?";
  // Finished, nothing left to settle (an ended instance not yet settled is due), written long ago.
  private static final String DELETE_FINISHED =
      "DELETE FROM resumable_instance WHERE id IN (SELECT id FROM resumable_instance"
          + " WHERE status IN ('COMPLETED', 'FAILED', 'CANCELLED') AND due_at IS NULL"
          + " AND updated_at < ? ORDER BY id LIMIT ?)";
  private static final String LIST =
      "SELECT id, method, status, revision, due_at, updated_at FROM resumable_instance"
          + " WHERE (CAST(? AS VARCHAR) IS NULL OR status = ?)"
          + " AND (CAST(? AS VARCHAR) IS NULL OR id > ?) ORDER BY id LIMIT ?";
  // The revision in the WHERE clause makes the update a compare-and-set.
  private static final String UPDATE =
      "UPDATE resumable_instance"
          + " SET method = ?, status = ?, revision = ?, state = ?, due_at = ?, wait_key = ?,"
          + " parent_id = ?, failure_type = ?, claimed_by = NULL, claimed_until = NULL,"
          + " updated_at = COALESCE(CAST(? AS TIMESTAMP WITH TIME ZONE), CURRENT_TIMESTAMP)"
          + " WHERE id = ? AND revision = ?";

  // One row per name: setting a name again replaces its value, whatever its kind.
  static final SqlIndexRows INDEX_ROWS = new SqlIndexRows(
      "MERGE INTO resumable_attribute"
          + " (instance_id, name, string_value, number_value, time_value, bool_value)"
          + " KEY (instance_id, name) VALUES (?, ?, ?, ?, ?, ?)", InstanceTable::utc);

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

  /** Due instances that no live claim holds, earliest first. */
  static List<String> selectClaimable(Connection connection, Instant now, int limit)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT_CLAIMABLE)) {
      select.setObject(1, now.atOffset(ZoneOffset.UTC));
      select.setObject(2, now.atOffset(ZoneOffset.UTC));
      select.setInt(3, limit);
      return ids(select);
    }
  }

  /** Claims {@code id} for {@code owner} until {@code until}; false if it is not claimable. */
  static boolean claim(Connection connection, String id, Instant now, String owner,
      Instant until) throws SQLException {
    try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setString(1, owner);
      claim.setObject(2, until.atOffset(ZoneOffset.UTC));
      claim.setString(3, id);
      claim.setObject(4, now.atOffset(ZoneOffset.UTC));
      claim.setObject(5, now.atOffset(ZoneOffset.UTC));
      return claim.executeUpdate() == 1;
    }
  }

  static void release(Connection connection, String id, String owner) throws SQLException {
    try (PreparedStatement release = connection.prepareStatement(RELEASE)) {
      release.setString(1, id);
      release.setString(2, owner);
      release.executeUpdate();
    }
  }

  static boolean delete(Connection connection, String id) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
      delete.setString(1, id);
      return delete.executeUpdate() == 1;
    }
  }

  static int deleteFinished(Connection connection, Instant writtenBefore, int limit)
      throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(DELETE_FINISHED)) {
      delete.setObject(1, writtenBefore.atOffset(ZoneOffset.UTC));
      delete.setInt(2, limit);
      return delete.executeUpdate();
    }
  }

  static List<InstanceSummary> list(Connection connection, String status, String afterId,
      int limit) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(LIST)) {
      select.setString(1, status);
      select.setString(2, status);
      select.setString(3, afterId);
      select.setString(4, afterId);
      select.setInt(5, limit);
      List<InstanceSummary> page = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          OffsetDateTime due = rows.getObject(5, OffsetDateTime.class);
          page.add(new InstanceSummary(rows.getString(1), rows.getString(2), rows.getString(3),
              rows.getLong(4), due == null ? null : due.toInstant(),
              rows.getObject(6, OffsetDateTime.class).toInstant()));
        }
      }
      return page;
    }
  }

  private static List<String> ids(PreparedStatement select) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  static List<String> selectWaiting(Connection connection, String waitKey) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT_WAITING)) {
      select.setString(1, waitKey);
      return ids(select);
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
    return utc(instance.due());
  }

  /** How H2 takes a time: with its offset. */
  static OffsetDateTime utc(Instant time) {
    return time == null ? null : time.atOffset(ZoneOffset.UTC);
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
      insert.setString(8, instance.index().parentId());
      insert.setString(9, instance.index().failureType());
      insert.setObject(10, utc(instance.index().startedAt()));
      insert.setObject(11, utc(instance.index().changedAt()));
      insert.executeUpdate();
      INDEX_ROWS.write(connection, instance, true);
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
      update.setString(7, instance.index().parentId());
      update.setString(8, instance.index().failureType());
      update.setObject(9, utc(instance.index().changedAt()));
      update.setString(10, instance.id());
      update.setLong(11, expectedRevision);
      if (update.executeUpdate() != 1) {
        return false;
      }
      INDEX_ROWS.write(connection, instance, false);
      return true;
    }
  }
}
