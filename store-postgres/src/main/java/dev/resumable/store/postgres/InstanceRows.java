package dev.resumable.store.postgres;

import dev.resumable.store.InstanceSummary;
import dev.resumable.store.SqlIndexRows;
import dev.resumable.store.Store;
import dev.resumable.store.StoredInstance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The SQL on {@code resumable_instance}; transactions are the caller's. */
final class InstanceRows {

  private static final String SELECT =
      "SELECT id, method, status, revision, state, due_at, due_nanos, wait_key"
          + " FROM resumable_instance WHERE id = ?";
  private static final String SELECT_REVISION =
      "SELECT revision FROM resumable_instance WHERE id = ?";
  // A taken id inserts nothing and raises nothing, so the transaction stays usable.
  // Times by the engine's clock where the engine gives them, else by the server's.
  private static final String INSERT_IF_ABSENT =
      "INSERT INTO resumable_instance"
          + " (id, method, status, revision, state, due_at, due_nanos, wait_key, parent_id,"
          + " failure_type, created_at, updated_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(CAST(? AS TIMESTAMPTZ), now()),"
          + " COALESCE(CAST(? AS TIMESTAMPTZ), now())) ON CONFLICT (id) DO NOTHING";
  // The revision in the WHERE clause makes the update a compare-and-set: a second writer waits
  // for the first one's row lock, then finds the revision moved and updates nothing.
  private static final String UPDATE_IF_REVISION =
      "UPDATE resumable_instance"
          + " SET method = ?, status = ?, revision = ?, state = ?, due_at = ?, due_nanos = ?,"
          + " wait_key = ?, parent_id = ?, failure_type = ?, claimed_by = NULL,"
          + " claimed_until = NULL, updated_at = COALESCE(CAST(? AS TIMESTAMPTZ), now())"
          + " WHERE id = ? AND revision = ?";
  // SKIP LOCKED: rows that another engine is claiming right now are left to it, not waited for;
  // a row it claimed and committed meanwhile is checked again under the lock and left out.
  private static final String CLAIM_DUE =
      "UPDATE resumable_instance SET claimed_by = ?, claimed_until = ?"
          + " WHERE id IN (SELECT id FROM resumable_instance"
          + " WHERE due_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)"
          + " ORDER BY due_at, id LIMIT ? FOR UPDATE SKIP LOCKED)"
          + " RETURNING id, due_at";
  private static final String RELEASE_CLAIM =
      "UPDATE resumable_instance SET claimed_by = NULL, claimed_until = NULL"
          + " WHERE id = ? AND claimed_by = ?";
  private static final String SELECT_NEXT_DUE =
      "SELECT due_at FROM resumable_instance WHERE due_at IS NOT NULL ORDER BY due_at LIMIT 1";
  private static final String SELECT_WAITING =
      "SELECT id FROM resumable_instance WHERE wait_key = ? ORDER BY id";
  private static final String DELETE = "DELETE FROM resumable_instance WHERE id = ?";
  // Finished, nothing left to settle (an ended instance not yet settled is due), written long ago.
  private static final String DELETE_FINISHED =
      "DELETE FROM resumable_instance WHERE id IN (SELECT id FROM resumable_instance"
          + " WHERE status = ANY (?) AND due_at IS NULL AND updated_at < ?"
          + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)";
  private static final String LIST =
      "SELECT id, method, status, revision, due_at, due_nanos, updated_at"
          + " FROM resumable_instance";

  // One row per name: setting a name again replaces its value, whatever its kind.
  static final SqlIndexRows INDEX_ROWS = new SqlIndexRows(
      "INSERT INTO resumable_attribute"
          + " (instance_id, name, string_value, number_value, time_value, bool_value)"
          + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (instance_id, name) DO UPDATE SET"
          + " string_value = EXCLUDED.string_value, number_value = EXCLUDED.number_value,"
          + " time_value = EXCLUDED.time_value, bool_value = EXCLUDED.bool_value",
      Times::roundedUp);

  private InstanceRows() {}

  static Optional<StoredInstance> select(Connection connection, String id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT)) {
      select.setString(1, id);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new StoredInstance(row.getString(1), row.getString(2),
            row.getString(3), row.getLong(4), row.getBytes(5), Times.due(row, 6, 7),
            row.getString(8)));
      }
    }
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
    try (PreparedStatement insert = connection.prepareStatement(INSERT_IF_ABSENT)) {
      insert.setString(1, instance.id());
      insert.setString(2, instance.method());
      insert.setString(3, instance.status());
      insert.setLong(4, instance.revision());
      insert.setBytes(5, instance.state());
      insert.setObject(6, Times.roundedUp(instance.due()));
      insert.setObject(7, Times.nanosPastMicros(instance.due()));
      insert.setString(8, instance.waitKey());
      insert.setString(9, instance.index().parentId());
      insert.setString(10, instance.index().failureType());
      insert.setObject(11, Times.roundedUp(instance.index().startedAt()));
      insert.setObject(12, Times.roundedUp(instance.index().changedAt()));
      if (insert.executeUpdate() != 1) {
        return false;
      }
      INDEX_ROWS.write(connection, instance, true);
      return true;
    }
  }

  /**
   * False, and nothing written, unless the stored revision is {@code expectedRevision}. A
   * written instance loses its claim: the step that claimed it is done.
   */
  static boolean updateIfRevision(Connection connection, StoredInstance instance,
      long expectedRevision) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(UPDATE_IF_REVISION)) {
      update.setString(1, instance.method());
      update.setString(2, instance.status());
      update.setLong(3, instance.revision());
      update.setBytes(4, instance.state());
      update.setObject(5, Times.roundedUp(instance.due()));
      update.setObject(6, Times.nanosPastMicros(instance.due()));
      update.setString(7, instance.waitKey());
      update.setString(8, instance.index().parentId());
      update.setString(9, instance.index().failureType());
      update.setObject(10, Times.roundedUp(instance.index().changedAt()));
      update.setString(11, instance.id());
      update.setLong(12, expectedRevision);
      if (update.executeUpdate() != 1) {
        return false;
      }
      INDEX_ROWS.write(connection, instance, false);
      return true;
    }
  }

  /** Claims what is due and unclaimed (or whose claim ran out); earliest due first. */
  static List<String> claimDue(Connection connection, Instant now, int limit, String owner,
      Instant until) throws SQLException {
    try (PreparedStatement claim = connection.prepareStatement(CLAIM_DUE)) {
      claim.setString(1, owner);
      // Rounded up: a claim never ends before its time.
      claim.setObject(2, Times.roundedUp(until));
      claim.setObject(3, Times.roundedDown(now));
      claim.setObject(4, Times.roundedDown(now));
      claim.setInt(5, limit);
      record Claimed(String id, OffsetDateTime due) {}
      List<Claimed> claimed = new ArrayList<>();
      try (ResultSet rows = claim.executeQuery()) {
        while (rows.next()) {
          claimed.add(new Claimed(rows.getString(1), rows.getObject(2, OffsetDateTime.class)));
        }
      }
      // RETURNING gives the rows in no particular order.
      return claimed.stream()
          .sorted(Comparator.comparing(Claimed::due).thenComparing(Claimed::id))
          .map(Claimed::id).toList();
    }
  }

  static void releaseClaim(Connection connection, String id, String owner) throws SQLException {
    try (PreparedStatement release = connection.prepareStatement(RELEASE_CLAIM)) {
      release.setString(1, id);
      release.setString(2, owner);
      release.executeUpdate();
    }
  }

  static Optional<Instant> selectNextDue(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT_NEXT_DUE);
        ResultSet row = select.executeQuery()) {
      return row.next()
          ? Optional.of(row.getObject(1, OffsetDateTime.class).toInstant())
          : Optional.empty();
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

  static boolean delete(Connection connection, String id) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
      delete.setString(1, id);
      return delete.executeUpdate() == 1;
    }
  }

  static int deleteFinished(Connection connection, Instant writtenBefore, int limit)
      throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(DELETE_FINISHED)) {
      delete.setArray(1, connection.createArrayOf("text",
          Store.FINISHED_STATUSES.toArray()));
      delete.setObject(2, Times.roundedDown(writtenBefore));
      delete.setInt(3, limit);
      return delete.executeUpdate();
    }
  }

  /**
   * A page in id order. The SQL names only the conditions given, so that PostgreSQL plans each
   * form on the index that fits it (the primary key, or status and id).
   */
  static List<InstanceSummary> list(Connection connection, String status, String afterId,
      int limit) throws SQLException {
    List<String> conditions = new ArrayList<>();
    List<String> values = new ArrayList<>();
    if (status != null) {
      conditions.add("status = ?");
      values.add(status);
    }
    if (afterId != null) {
      conditions.add("id > ?");
      values.add(afterId);
    }
    String sql = LIST + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
        + " ORDER BY id LIMIT ?";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        select.setString(i + 1, values.get(i));
      }
      select.setInt(values.size() + 1, limit);
      List<InstanceSummary> page = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          page.add(new InstanceSummary(rows.getString(1), rows.getString(2), rows.getString(3),
              rows.getLong(4), Times.due(rows, 5, 6),
              rows.getObject(7, OffsetDateTime.class).toInstant()));
        }
      }
      return page;
    }
  }
}
