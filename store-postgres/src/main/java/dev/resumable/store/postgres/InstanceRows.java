package dev.resumable.store.postgres;

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
          + " wait_key = ?,"
          + " updated_at = now()"
          + " WHERE id = ? AND revision = ?";
  private static final String SELECT_DUE =
      "SELECT id FROM resumable_instance WHERE due_at <= ? ORDER BY due_at, id LIMIT ?";
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

  static List<String> selectDue(Connection connection, Instant now, int limit)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT_DUE)) {
      select.setObject(1, storedNow(now));
      select.setInt(2, limit);
      return ids(select);
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
