package dev.resumable.store;

import dev.resumable.query.AttributeValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the side rows that the query API finds an instance by — the events it waits for, the
 * search attributes its step set — in the transaction of the instance's own row, on a SQL store
 * whose tables have the shape {@link QuerySql} names.
 *
 * @param upsertAttribute the statement that inserts or replaces one attribute row, taking
 *     instance id, name, and the string, number, time and boolean values, in that order
 * @param time how the database binds a time
 */
public record SqlIndexRows(String upsertAttribute, Function<Instant, Object> time) {

  private static final String DELETE_WAIT_EVENTS =
      "DELETE FROM resumable_wait_event WHERE instance_id = ?";
  private static final String INSERT_WAIT_EVENT =
      "INSERT INTO resumable_wait_event (instance_id, event_name) VALUES (?, ?)";

  /** {@code inserted}: the instance is new, so it has no side rows to replace. */
  public void write(Connection connection, StoredInstance instance, boolean inserted)
      throws SQLException {
    InstanceIndex index = instance.index();
    if (!inserted) {
      try (PreparedStatement delete = connection.prepareStatement(DELETE_WAIT_EVENTS)) {
        delete.setString(1, instance.id());
        delete.executeUpdate();
      }
    }
    if (!index.waitEvents().isEmpty()) {
      try (PreparedStatement insert = connection.prepareStatement(INSERT_WAIT_EVENT)) {
        for (String name : index.waitEvents()) {
          insert.setString(1, instance.id());
          insert.setString(2, name);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    if (!index.attributesSet().isEmpty()) {
      try (PreparedStatement upsert = connection.prepareStatement(upsertAttribute)) {
        for (Map.Entry<String, AttributeValue> attribute : index.attributesSet().entrySet()) {
          upsert.setString(1, instance.id());
          upsert.setString(2, attribute.getKey());
          bindValue(upsert, 3, attribute.getValue());
          upsert.addBatch();
        }
        upsert.executeBatch();
      }
    }
  }

  /** Sets the four value columns from {@code first}: the one of the value's kind, others null. */
  private void bindValue(PreparedStatement statement, int first, AttributeValue value)
      throws SQLException {
    statement.setNull(first, Types.VARCHAR);
    statement.setNull(first + 1, Types.NUMERIC);
    statement.setNull(first + 2, Types.TIMESTAMP_WITH_TIMEZONE);
    statement.setNull(first + 3, Types.BOOLEAN);
    Object bound = QuerySql.bound(value, time);
    switch (value.kind()) {
      case STRING -> statement.setString(first, (String) bound);
      case NUMBER -> statement.setBigDecimal(first + 1, (BigDecimal) bound);
      case TIME -> statement.setObject(first + 2, bound);
      case BOOLEAN -> statement.setBoolean(first + 3, (Boolean) bound);
    }
  }
}
