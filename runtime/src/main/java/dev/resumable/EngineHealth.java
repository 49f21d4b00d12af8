package dev.resumable;

import dev.resumable.query.InstanceInfo;
import dev.resumable.query.InstanceQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an engine can do its work: it is open, its store answers, and no timer has been
 * overdue for longer than a limit (five minutes by default). A timer long overdue means that
 * nothing fires timers: the timer thread was never {@linkplain Engine#start() started}, or a
 * sweep hangs. Instances the engine cannot read are skipped here, as the sweep skips them: each
 * is reported once, and one damaged instance must not mark every engine down.
 *
 * <pre>{@code
 * EngineHealth.Report report = EngineHealth.of(engine).check();
 * if (!report.up()) {
 *   log.warn("workflows are unhealthy: {}", report.details());
 * }
 * }</pre>
 */
public final class EngineHealth {

  /** Overdue timers looked at before all count as unreadable; each costs one load. */
  private static final int OVERDUE_LOOKED_AT = 20;

  private final Engine engine;
  private final Clock clock;
  private final Duration overdueLimit;

  private EngineHealth(Engine engine, Clock clock, Duration overdueLimit) {
    this.engine = engine;
    this.clock = clock;
    this.overdueLimit = overdueLimit;
  }

  /** The health of {@code engine} by the system clock, with an overdue limit of five minutes. */
  public static EngineHealth of(Engine engine) {
    return new EngineHealth(Arguments.notNull(engine, "engine"), Clock.systemUTC(),
        Duration.ofMinutes(5));
  }

  /** The clock the engine's timers run by, if it is not the system's (a test's, say). */
  public EngineHealth withClock(Clock clock) {
    return new EngineHealth(engine, Arguments.notNull(clock, "clock"), overdueLimit);
  }

  /** How long a timer may be overdue before the engine counts as down; at least a second. */
  public EngineHealth withOverdueLimit(Duration limit) {
    if (Arguments.notNull(limit, "limit").compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("the overdue limit must be at least one second (the"
          + " timer thread polls every 100 ms by default), not " + limit);
    }
    return new EngineHealth(engine, clock, limit);
  }

  /** Up or down, with details: the store, the oldest overdue timer, and why it is down. */
  public Report check() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("store", engine.store().toString());
    Optional<Duration> overdue;
    try {
      overdue = oldestOverdue();
    } catch (RuntimeException e) {
      details.put("reason", "the engine or its store did not answer: " + e);
      return new Report(false, details);
    }
    details.put("oldestOverdueTimer", overdue.map(Duration::toString).orElse("none"));
    details.put("overdueLimit", overdueLimit.toString());
    if (overdue.isPresent() && overdue.get().compareTo(overdueLimit) > 0) {
      details.put("reason", "a timer has been overdue for " + overdue.get() + ", longer than "
          + overdueLimit + ": no engine fires timers (is the timer thread started?) or a sweep"
          + " is stuck");
      return new Report(false, details);
    }
    return new Report(true, details);
  }

  /**
   * How long the earliest due timer of a readable instance has been overdue; empty if none is.
   * Costs an indexed look-up, and a page query only when some timer is overdue.
   *
   * @throws RuntimeException what the engine or its store threw, if it did not answer
   */
  public Optional<Duration> oldestOverdue() {
    Instant now = clock.instant();
    Optional<Instant> next = engine.nextTimerDue();
    if (next.isEmpty() || !next.get().isBefore(now)) {
      return Optional.empty();
    }
    InstanceQuery due = InstanceQuery.builder().dueBefore(now)
        .order(InstanceQuery.Order.DUE, false).limit(OVERDUE_LOOKED_AT).build();
    for (InstanceInfo timer : engine.query(due).instances()) {
      Optional<Instant> dueAt = timer.dueTime();
      if (dueAt.isPresent() && engine.status(timer.id()).status() != Status.UNREADABLE) {
        return Optional.of(Duration.between(dueAt.get(), now));
      }
    }
    return Optional.empty();
  }

  /** The verdict of one {@link #check()}. */
  public record Report(boolean up, Map<String, Object> details) {
    public Report {
      details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Why it is down; empty while up. */
    public Optional<String> reason() {
      return Optional.ofNullable((String) details.get("reason"));
    }
  }
}
