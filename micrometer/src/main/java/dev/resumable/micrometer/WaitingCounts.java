package dev.resumable.micrometer;

import dev.resumable.Engine;
import dev.resumable.Status;
import dev.resumable.query.InstanceQuery;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The engine's waiting instances by method, counted by the query API and kept for a while: a
 * registry may be scraped often, and a count reads the whole status index.
 */
final class WaitingCounts {

  private static final InstanceQuery WAITING =
      InstanceQuery.builder().status(Status.WAITING).build();

  private final Engine engine;
  private final long maxAgeNanos;
  private Map<String, Long> byMethod;
  private long countedAt;

  WaitingCounts(Engine engine, Duration maxAge) {
    this.engine = engine;
    this.maxAgeNanos = maxAge.toNanos();
  }

  /** The methods that have waiting instances now. */
  synchronized Set<String> methods() {
    return fresh().keySet();
  }

  /** How many instances of {@code method} wait; NaN if the store did not answer. */
  synchronized double waiting(String method) {
    try {
      return fresh().getOrDefault(method, 0L);
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  private Map<String, Long> fresh() {
    long now = System.nanoTime();
    if (byMethod == null || now - countedAt >= maxAgeNanos) {
      byMethod = engine.count(WAITING).byMethod();
      countedAt = now;
    }
    return byMethod;
  }
}
