package dev.resumable.store.postgres;

import dev.resumable.store.InstanceSummary;
import dev.resumable.store.StoredInstance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The SQL on {@code resumable_instance}; transactions are the caller's. */
final class InstanceRows {

  private static final String SELECT =
      "SELECT id, method, status, revision, state, due_at, due_nanos, wait_key"
          + " FROM resumable_instance"
          + " WHERE id = ?";
  private static final String SELECT_REVISION =
      "SELECT revision FROM resumable_instance WHERE id = ?";
  // A taken id inserts nothing and raises nothing, so the transaction stays usable.
  private static final String INSERT_IF_ABSENT =
      "INSERT INTO resumable_instance"
          + " (id, method, status, revision, state, due_at, due_nanos, wait_key)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";
  // The revision in the WHERE clause makes the update a compare-and-set: a second writer waits
  // for the first one's row lock, then finds the revision moved and updates nothing.
  private static final String UPDATE_IF_REVISION =
      "UPDATE resumable_instance"
          + " SET method = ?, status = ?, revision = ?, state = ?, due_at = ?, due_nanos = ?,"
          + " wait_key = ?, claimed_by = NULL, claimed_until = NULL,"
          + " updated_at = now()"
          + " WHERE id = ? AND revision = ?";
  // Rows another engine is claiming right now are skipped, not waited for.
  private static final String CLAIM_DUE =
      "UPDATE resumable_instance SET claimed_by = ?, claimed_until = ? WHERE id IN ("
          + "SELECT id FROM resumable_instance WHERE due_at <= ?"
          + " AND (claimed_until IS NULL OR claimed_until <= ?)"
          + " ORDER BY due_at, id LIMIT ? FOR UPDATE SKIP LOCKED)"
          + " RETURNING id, due_at";
  private static final String RELEASE =
      "UPDATE resumable_instance SET claimed_by = NULL, claimed_until = NULL"
          + " WHERE id = ? AND claimed_by = ?";
  private static final String DELETE = "DELETE FROM resumable_instance WHERE id = ?";
  private static final String DELETE_FINISHED =
      "DELETE FROM resumable_instance WHERE id IN (SELECT id FROM resumable_instance"
          + " WHERE status IN ('COMPLETED', 'FAILED', 'CANCELLED') AND due_at IS NULL"
          + " AND updated_at < ? ORDER BY id LIMIT ?)";
  private static final String LIST =
      "SELECT id, method, status, revision, due_at, due_nanos, updated_at"
          + " FROM resumable_instance"
          + " WHERE (CAST(? AS TEXT) IS NULL OR status = ?)"
          + " AND (CAST(? AS TEXT) IS NULL OR id > ?) ORDER BY id LIMIT ?";
  private static final String SELECT_NEXT_DUE =
      "SELECT due_at FROM resumable_instance WHERE due_at IS NOT NULL ORDER BY due_at LIMIT 1";
  private static final String SELECT_WAITING =
      "SELECT id FROM resumable_instance WHERE wait_key = ? ORDER BY id";

  private InstanceRows() {}

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
            due == null ? null : exactDue(due.toInstant(), row.getInt(7)), row.getString(8)));
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
      insert.setObject(6, storedDue(instance.due()));
      insert.setObject(7, nanosPastMicros(instance.due()));
      insert.setString(8, instance.waitKey());
      return insert.executeUpdate() == 1;
    }
  }

  /** False, and nothing written, unless the stored revision is {@code expectedRevision}. */
  static boolean updateIfRevision(Connection connection, StoredInstance instance,
      long expectedRevision) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(UPDATE_IF_REVISION)) {
      update.setString(1, instance.method());
      update.setString(2, instance.status());
      update.setLong(3, instance.revision());
      update.setBytes(4, instance.state());
      update.setObject(5, storedDue(instance.due()));
      update.setObject(6, nanosPastMicros(instance.due()));
      update.setString(7, instance.waitKey());
      update.setString(8, instance.id());
      update.setLong(9, expectedRevision);
      return update.executeUpdate() == 1;
    }
  }

  /** Claims due rows that no live claim holds for {@code owner}; their ids, earliest first. */
  static List<String> claimDue(Connection connection, Instant now, int limit, String owner,
      Instant until) throws SQLException {
    try (PreparedStatement claim = connection.prepareStatement(CLAIM_DUE)) {
      claim.setString(1, owner);
      claim.setObject(2, until.atOffset(ZoneOffset.UTC));
      claim.setObject(3, storedNow(now));
      claim.setObject(4, storedNow(now));
      claim.setInt(5, limit);
      record Claimed(String id, OffsetDateTime due) {}
      List<Claimed> claimed = new ArrayList<>();
      try (ResultSet rows = claim.executeQuery()) {
        while (rows.next()) {
          claimed.add(new Claimed(rows.getString(1), rows.getObject(2, OffsetDateTime.class)));
        }
      }
      // RETURNING keeps no order.
      claimed.sort(Comparator.comparing(Claimed::due).thenComparing(Claimed::id));
      return claimed.stream().map(Claimed::id).toList();
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
              rows.getLong(4), due == null ? null : exactDue(due.toInstant(), rows.getInt(6)),
              rows.getObject(7, OffsetDateTime.class).toInstant()));
        }
      }
      return page;
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
      return ids(select);
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

  /**
   * PostgreSQL keeps microseconds. A due time is rounded up to the next one and the time asked
   * about is rounded down, so a timer is never found due before its time (it may be found up to
   * a microsecond late); {@code due_nanos} keeps what the rounding took, so the due time loads
   * as it was stored.
   */
  private static OffsetDateTime storedDue(Instant due) {
    if (due == null) {
      return null;
    }
    Instant micros = due.truncatedTo(ChronoUnit.MICROS);
    return (micros.equals(due) ? micros : micros.plus(1, ChronoUnit.MICROS))
        .atOffset(ZoneOffset.UTC);
  }

  private static Integer nanosPastMicros(Instant due) {
    return due == null ? null : due.getNano() % 1_000;
  }

  private static Instant exactDue(Instant roundedUp, int nanosPastMicros) {
    return nanosPastMicros == 0
        ? roundedUp
        : roundedUp.minus(1, ChronoUnit.MICROS).plusNanos(nanosPastMicros);
  }

  private static OffsetDateTime storedNow(Instant now) {
    return now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }
}
