package dev.resumable.store;

import dev.resumable.Status;
import dev.resumable.query.AttributeValue;
import dev.resumable.query.InstanceQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The SQL of an {@link InstanceQuery} on the tables that the SQL stores share in shape: {@code
 * resumable_instance} (as {@code i}), {@code resumable_wait_event} and {@code
 * resumable_attribute}. Only the conditions a query gives are written, so that the database plans
 * each query on the index that fits it; a search attribute or a waited event is a subquery on
 * its side table's index, so the few instances it names are found without a scan.
 *
 * @param text the SQL after the select list and {@code FROM resumable_instance i}
 * @param parameters the values of its placeholders, in order; times as the store binds them
 */
public record QuerySql(String text, List<Object> parameters) {

  /** The conditions, order and limit (one past the page, to tell whether more follow). */
  public static QuerySql page(InstanceQuery query, Function<Instant, Object> time) {
    Builder sql = conditions(query, time);
    String column = sortColumn(query.order());
    String direction = query.descending() ? " DESC" : "";
    query.after().ifPresent(after -> {
      String beyond = query.descending() ? " < ?" : " > ?";
      if (column.equals("i.id")) {
        sql.where("i.id" + beyond, after.id());
      } else {
        sql.where("(" + column + beyond + " OR (" + column + " = ? AND i.id" + beyond + "))",
            time.apply(after.key()), time.apply(after.key()), after.id());
      }
    });
    String order = column.equals("i.id") ? " ORDER BY i.id" + direction
        : " ORDER BY " + column + direction + ", i.id" + direction;
    return new QuerySql(sql.text() + order + " LIMIT ?",
        sql.parametersAnd(query.limit() + 1));
  }

  /** The conditions alone, for counting. */
  public static QuerySql count(InstanceQuery query, Function<Instant, Object> time) {
    Builder sql = conditions(query, time);
    return new QuerySql(sql.text(), sql.parameters);
  }

  private static Builder conditions(InstanceQuery query, Function<Instant, Object> time) {
    Builder sql = new Builder();
    if (!query.statuses().isEmpty()) {
      List<Object> names = query.statuses().stream().map(Status::name).map(Object.class::cast)
          .toList();
      sql.where("i.status IN (" + placeholders(names.size()) + ")", names.toArray());
    }
    query.method().ifPresent(method -> sql.where("i.method = ?", method));
    query.waitingForEvent().ifPresent(name -> sql.where("i.id IN (SELECT w.instance_id"
        + " FROM resumable_wait_event w WHERE w.event_name = ?)", name));
    if (query.needsTimer()) {
      // An ended instance is due too until it is settled; a timer query means waiting ones.
      // Said as "not ended" rather than status = 'WAITING', which H2 would take for selective
      // and answer from the status index, reading every waiting instance.
      sql.where("i.due_at IS NOT NULL AND i.status NOT IN ('COMPLETED', 'FAILED', 'CANCELLED')");
    }
    query.dueAtOrAfter().ifPresent(t -> sql.where("i.due_at >= ?", time.apply(t)));
    query.dueBefore().ifPresent(t -> sql.where("i.due_at < ?", time.apply(t)));
    query.failureType().ifPresent(type -> sql.where("i.failure_type = ?", type));
    query.startedAtOrAfter().ifPresent(t -> sql.where("i.created_at >= ?", time.apply(t)));
    query.startedBefore().ifPresent(t -> sql.where("i.created_at < ?", time.apply(t)));
    query.changedAtOrAfter().ifPresent(t -> sql.where("i.updated_at >= ?", time.apply(t)));
    query.changedBefore().ifPresent(t -> sql.where("i.updated_at < ?", time.apply(t)));
    query.parentId().ifPresent(parent -> sql.where("i.parent_id = ?", parent));
    for (Map.Entry<String, AttributeValue> attribute : query.attributes().entrySet()) {
      AttributeValue value = attribute.getValue();
      sql.where("i.id IN (SELECT a.instance_id FROM resumable_attribute a WHERE a.name = ? AND a."
          + valueColumn(value.kind()) + " = ?)", attribute.getKey(), bound(value, time));
    }
    return sql;
  }

  /** The column of the side table that holds values of {@code kind}. */
  public static String valueColumn(AttributeValue.Kind kind) {
    return switch (kind) {
      case STRING -> "string_value";
      case NUMBER -> "number_value";
      case TIME -> "time_value";
      case BOOLEAN -> "bool_value";
    };
  }

  /** The value as a JDBC parameter. */
  public static Object bound(AttributeValue value, Function<Instant, Object> time) {
    return value.kind() == AttributeValue.Kind.TIME
        ? time.apply((Instant) value.value()) : value.value();
  }

  private static String sortColumn(InstanceQuery.Order order) {
    return switch (order) {
      case ID -> "i.id";
      case STARTED -> "i.created_at";
      case CHANGED -> "i.updated_at";
      case DUE -> "i.due_at";
    };
  }

  /** {@code ?, ?, ?} for {@code count} values. */
  public static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  private static final class Builder {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    void where(String condition, Object... values) {
      conditions.add(condition);
      parameters.addAll(List.of(values));
    }

    String text() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    List<Object> parametersAnd(Object last) {
      List<Object> all = new ArrayList<>(parameters);
      all.add(last);
      return all;
    }
  }
}
