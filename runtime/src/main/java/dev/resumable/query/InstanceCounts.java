package dev.resumable.query;

import dev.resumable.Status;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many instances a query finds, by status and entry method. */
public final class InstanceCounts {

  /** The instances of one status and method. */
  public record Count(Status status, String method, long count) {}

  private final List<Count> counts;

  public InstanceCounts(List<Count> counts) {
    this.counts = counts.stream()
        .sorted(Comparator.comparing(Count::status).thenComparing(Count::method)).toList();
  }

  /** One entry per status and method that has instances, by status then method. */
  public List<Count> counts() {
    return counts;
  }

  public long total() {
    return counts.stream().mapToLong(Count::count).sum();
  }

  /** Statuses with no instance are left out. */
  public Map<Status, Long> byStatus() {
    Map<Status, Long> byStatus = new EnumMap<>(Status.class);
    counts.forEach(c -> byStatus.merge(c.status(), c.count(), Long::sum));
    return byStatus;
  }

  /** Methods in name order. */
  public Map<String, Long> byMethod() {
    Map<String, Long> byMethod = new TreeMap<>();
    counts.forEach(c -> byMethod.merge(c.method(), c.count(), Long::sum));
    return byMethod;
  }

  public long of(Status status) {
    return byStatus().getOrDefault(status, 0L);
  }

  @Override
  public String toString() {
    return "InstanceCounts" + counts;
  }
}
