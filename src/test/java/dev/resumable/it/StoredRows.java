package dev.resumable.it;

import dev.resumable.store.h2.H2Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plain JDBC on an engine's H2 file, as an operator (or a damaged disk) would change it: the
 * state column is rewritten without the engine, its revision and indexed columns left alone.
 * In the same JVM as the engine, H2 shares the open database with this connection.
 */
final class StoredRows implements AutoCloseable {

  /** One row as stored: what a call that changes nothing must leave exactly as it was. */
  record Row(String id, long revision, String status, byte[] state, String due, String waitKey) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Row row && id.equals(row.id) && revision == row.revision
          && status.equals(row.status) && Arrays.equals(state, row.state)
          && java.util.Objects.equals(due, row.due) && java.util.Objects.equals(waitKey,
          row.waitKey);
    }

    @Override
    public int hashCode() {
      return id.hashCode() * 31 + Long.hashCode(revision);
    }

    Row withState(byte[] other) {
      return new Row(id, revision, status, other, due, waitKey);
    }

    /** The row with no due time: the timer sweep passes it by. */
    Row parked() {
      return new Row(id, revision, status, state, null, waitKey);
    }
  }

  private final Connection connection;

  private StoredRows(Connection connection) {
    this.connection = connection;
  }

  /** {@code storeFile} as given to {@code Engine.builder().storeFile}, with or without suffix. */
  static StoredRows open(Path storeFile) throws SQLException {
    // The engine's own settings: H2 refuses a second connection whose settings differ.
    return new StoredRows(DriverManager.getConnection(H2Store.jdbcUrl(storeFile), "sa", ""));
  }

  Row row(String id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT id, revision, status,"
        + " state, CAST(due_at AS VARCHAR), wait_key FROM resumable_instance WHERE id = ?")) {
      select.setString(1, id);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? row(rows) : null;
      }
    }
  }

  Map<String, Row> all() throws SQLException {
    Map<String, Row> all = new LinkedHashMap<>();
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT id, revision, status, state,"
            + " CAST(due_at AS VARCHAR), wait_key FROM resumable_instance ORDER BY id")) {
      while (rows.next()) {
        Row row = row(rows);
        all.put(row.id(), row);
      }
    }
    return all;
  }

  /**
   * A fingerprint of every row but {@code except}: their count and the sum of their revisions.
   * The engine raises a row's revision with every write and inserts new rows, so a write to any
   * other row changes it.
   */
  String othersFingerprint(String except) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*),"
        + " COALESCE(SUM(revision), 0) FROM resumable_instance WHERE id <> ?")) {
      select.setString(1, except);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1) + "/" + rows.getLong(2);
      }
    }
  }

  void writeState(String id, byte[] state) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE resumable_instance SET state = ? WHERE id = ?")) {
      update.setBytes(1, state);
      update.setString(2, id);
      if (update.executeUpdate() != 1) {
        throw new IllegalStateException("no row " + id);
      }
    }
  }

  /** Rewrites the key index entry of {@code id}, as a damaged or out-of-date index has it. */
  void writeWaitKey(String id, String waitKey) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE resumable_instance SET wait_key = ? WHERE id = ?")) {
      update.setString(1, waitKey);
      update.setString(2, id);
      if (update.executeUpdate() != 1) {
        throw new IllegalStateException("no row " + id);
      }
    }
  }

  /** Puts {@code row} back as it was read, every column of it. */
  void restore(Row row) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE resumable_instance SET"
        + " revision = ?, status = ?, state = ?,"
        + " due_at = CAST(? AS TIMESTAMP(9) WITH TIME ZONE), wait_key = ? WHERE id = ?")) {
      update.setLong(1, row.revision());
      update.setString(2, row.status());
      update.setBytes(3, row.state());
      update.setString(4, row.due());
      update.setString(5, row.waitKey());
      update.setString(6, row.id());
      if (update.executeUpdate() != 1) {
        throw new IllegalStateException("no row " + row.id());
      }
    }
  }

  private static Row row(ResultSet rows) throws SQLException {
    return new Row(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getBytes(4),
        rows.getString(5), rows.getString(6));
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
