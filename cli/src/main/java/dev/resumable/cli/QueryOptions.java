package dev.resumable.cli;

import dev.resumable.Status;
import dev.resumable.query.AttributeValue;
import dev.resumable.query.InstanceQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** Which instances {@code list} and {@code count} find: the engine's query conditions. */
final class QueryOptions {

  @Option(names = "--status", paramLabel = "STATUS", split = ",",
      description = "Only instances with one of these statuses: ${COMPLETION-CANDIDATES}.")
  List<StoredStatus> statuses;

  @Option(names = "--method", paramLabel = "KEY",
      description = "Only instances of this entry method, as listed: com.acme.Flow#run(int).")
  String method;

  @Option(names = "--waiting-for", paramLabel = "EVENT",
      description = "Only instances that wait for this event now.")
  String event;

  @Option(names = "--due-after", paramLabel = "TIME",
      description = "Only instances whose timer is due at or after TIME (2026-12-01T10:00:00Z).")
  Instant dueAtOrAfter;

  @Option(names = "--due-before", paramLabel = "TIME",
      description = "Only instances whose timer is due before TIME: overdue ones, given now.")
  Instant dueBefore;

  @Option(names = "--failure", paramLabel = "CLASS",
      description = "Only instances that failed with this exception class.")
  String failureType;

  @Option(names = "--started-after", paramLabel = "TIME", description = "Started at or after.")
  Instant startedAtOrAfter;

  @Option(names = "--started-before", paramLabel = "TIME", description = "Started before.")
  Instant startedBefore;

  @Option(names = "--changed-after", paramLabel = "TIME",
      description = "Last changed at or after.")
  Instant changedAtOrAfter;

  @Option(names = "--changed-before", paramLabel = "TIME", description = "Last changed before.")
  Instant changedBefore;

  @Option(names = "--parent", paramLabel = "ID",
      description = "Only the branches this instance started.")
  String parentId;

  @Option(names = "--attribute", paramLabel = "NAME=TEXT",
      description = "Only instances whose search attribute NAME is the string TEXT.")
  Map<String, String> stringAttributes = Map.of();

  @Option(names = "--number-attribute", paramLabel = "NAME=NUMBER",
      description = "... is the number NUMBER (42 finds 42.00).")
  Map<String, BigDecimal> numberAttributes = Map.of();

  @Option(names = "--boolean-attribute", paramLabel = "NAME=true|false",
      description = "... is this boolean.")
  Map<String, Boolean> booleanAttributes = Map.of();

  @Option(names = "--time-attribute", paramLabel = "NAME=TIME", description = "... is this time.")
  Map<String, Instant> timeAttributes = Map.of();

  /** The conditions given, on a builder to which a command adds its order and page. */
  InstanceQuery.Builder builder() {
    InstanceQuery.Builder query = InstanceQuery.builder();
    if (statuses != null) {
      statuses.forEach(s -> query.status(Status.valueOf(s.name())));
    }
    ifGiven(method, query::method);
    ifGiven(event, query::waitingForEvent);
    ifGiven(dueAtOrAfter, query::dueAtOrAfter);
    ifGiven(dueBefore, query::dueBefore);
    ifGiven(failureType, query::failureType);
    ifGiven(startedAtOrAfter, query::startedAtOrAfter);
    ifGiven(startedBefore, query::startedBefore);
    ifGiven(changedAtOrAfter, query::changedAtOrAfter);
    ifGiven(changedBefore, query::changedBefore);
    ifGiven(parentId, query::parentId);
    stringAttributes.forEach(query::attribute);
    numberAttributes.forEach((name, n) -> query.attribute(name, AttributeValue.of(n)));
    booleanAttributes.forEach((name, b) -> query.attribute(name, (boolean) b));
    timeAttributes.forEach((name, t) -> query.attribute(name, t));
    return query;
  }

  private static <T> void ifGiven(T value, Consumer<T> condition) {
    if (value != null) {
      condition.accept(value);
    }
  }
}
