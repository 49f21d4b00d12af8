package dev.resumable.store;

import dev.resumable.Status;
import dev.resumable.query.AttributeValue;
import dev.resumable.query.InstanceCounts;
import dev.resumable.query.InstanceInfo;
import dev.resumable.query.InstancePage;
import dev.resumable.query.InstanceQuery;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The query API on a SQL store whose tables have the shape {@link QuerySql} names: runs the
 * statements and reads their rows. What differs between databases is the {@link Dialect}.
 */
public final class SqlQueries {

  /** How a database binds times and stores due times. */
  public interface Dialect {
    /** A time as a JDBC parameter. */
    Object time(Instant time);

    /** The select list of the due time: one column or several. */
    String dueColumns();

    /** The due time from the row, starting at {@code column}; null if none. */
    Instant due(ResultSet row, int column) throws SQLException;
  }

  private SqlQueries() {}

  public static InstancePage page(Connection connection, InstanceQuery query, Dialect dialect)
      throws SQLException {
    QuerySql sql = QuerySql.page(query, dialect::time);
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select = prepare(connection,
        "SELECT i.id, i.method, i.status, i.revision, i.created_at, i.updated_at,"
            + " i.failure_type, i.parent_id, " + dialect.dueColumns()
            + " FROM resumable_instance i" + sql.text(), sql.parameters());
        ResultSet result = select.executeQuery()) {
      while (result.next()) {
        rows.add(new Row(result.getString(1), result.getString(2), result.getString(3),
            result.getLong(4), instant(result, 5), instant(result, 6), result.getString(7),
            result.getString(8), dialect.due(result, 9)));
      }
    }
    Map<String, List<String>> waits = waitEvents(connection,
        rows.stream().map(Row::id).toList());
    return InstancePage.of(query, rows.stream().map(row -> new InstanceInfo(row.id, row.method,
        status(row.status), row.revision, row.started, row.changed, row.due,
        waits.getOrDefault(row.id, List.of()), row.failureType, row.parentId)).toList());
  }

  private record Row(String id, String method, String status, long revision, Instant started,
      Instant changed, String failureType, String parentId, Instant due) {}

  public static InstanceCounts count(Connection connection, InstanceQuery query,
      Dialect dialect) throws SQLException {
    QuerySql sql = QuerySql.count(query, dialect::time);
    List<InstanceCounts.Count> counts = new ArrayList<>();
    try (PreparedStatement select = prepare(connection,
        "SELECT i.status, i.method, COUNT(*) FROM resumable_instance i" + sql.text()
            + " GROUP BY i.status, i.method", sql.parameters());
        ResultSet result = select.executeQuery()) {
      while (result.next()) {
        counts.add(new InstanceCounts.Count(status(result.getString(1)), result.getString(2),
            result.getLong(3)));
      }
    }
    return new InstanceCounts(counts);
  }

  public static Map<String, AttributeValue> attributes(Connection connection, String id)
      throws SQLException {
    Map<String, AttributeValue> attributes = new TreeMap<>();
    try (PreparedStatement select = prepare(connection,
        "SELECT name, string_value, number_value, time_value, bool_value"
            + " FROM resumable_attribute WHERE instance_id = ?", List.of(id));
        ResultSet result = select.executeQuery()) {
      while (result.next()) {
        attributes.put(result.getString(1), value(result));
      }
    }
    return attributes;
  }

  private static AttributeValue value(ResultSet row) throws SQLException {
    String string = row.getString(2);
    if (string != null) {
      return AttributeValue.of(string);
    }
    BigDecimal number = row.getBigDecimal(3);
    if (number != null) {
      return AttributeValue.of(number);
    }
    Instant time = instant(row, 4);
    if (time != null) {
      return AttributeValue.of(time);
    }
    return AttributeValue.of(row.getBoolean(5));
  }

  /** The events each of {@code ids} waits for, in name order. */
  private static Map<String, List<String>> waitEvents(Connection connection, List<String> ids)
      throws SQLException {
    Map<String, List<String>> waits = new HashMap<>();
    if (ids.isEmpty()) {
      return waits;
    }
    try (PreparedStatement select = prepare(connection,
        "SELECT instance_id, event_name FROM resumable_wait_event WHERE instance_id IN ("
            + QuerySql.placeholders(ids.size()) + ") ORDER BY instance_id, event_name",
        new ArrayList<>(ids));
        ResultSet result = select.executeQuery()) {
      while (result.next()) {
        waits.computeIfAbsent(result.getString(1), id -> new ArrayList<>())
            .add(result.getString(2));
      }
    }
    return waits;
  }

  /**
   * A status this build knows, or {@link Status#UNREADABLE} for one it does not (written by a
   * newer version, or by hand).
   */
  public static Status status(String stored) {
    try {
      return Status.valueOf(stored);
    } catch (IllegalArgumentException e) {
      return Status.UNREADABLE;
    }
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }

  /** {@code sql} with its parameters bound in order. */
  public static PreparedStatement prepare(Connection connection, String sql,
      List<Object> parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  /** The plan of the page query of {@code query}, for tests that check which index it uses. */
  public static String plan(Connection connection, InstanceQuery query, Dialect dialect)
      throws SQLException {
    QuerySql sql = QuerySql.page(query, dialect::time);
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement explain = prepare(connection, "EXPLAIN SELECT i.id"
            + " FROM resumable_instance i" + sql.text(), sql.parameters());
        ResultSet result = explain.executeQuery()) {
      while (result.next()) {
        plan.append(result.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }
}
