package dev.resumable.micrometer;

import dev.resumable.Engine;
import dev.resumable.EngineExtension;
import dev.resumable.EngineHealth;
import dev.resumable.EngineListener;
import dev.resumable.Status;
import dev.resumable.UnreadableInstanceException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * An engine's metrics on a Micrometer {@link MeterRegistry}. It is both the engine's listener
 * (counters, the step timer, commit sizes) and an extension that adds the gauges once the engine
 * is built and removes them when it closes:
 *
 * <pre>{@code
 * ResumableMetrics metrics = new ResumableMetrics(registry);
 * Engine engine = Engine.builder().listener(metrics).extension(metrics).build();
 * }</pre>
 *
 * <p>The meters, {@code method} being an instance's entry method:
 * <ul>
 *   <li>{@code resumable.instances.started} (method) and {@code resumable.instances.ended}
 *       (method, status: completed, failed, cancelled): counters; branches count too.
 *   <li>{@code resumable.steps} (method, outcome: waiting, completed, failed, cancelled,
 *       not_committed): a timer of each step, its code and its durable commit.
 *   <li>{@code resumable.store.commit.writes}: a distribution of how many writes each durable
 *       commit carried (group commit shares one among concurrent callers).
 *   <li>{@code resumable.instances.unreadable}: a counter of instances the timer sweep or a
 *       signal found it cannot read, each once per stored revision.
 *   <li>{@code resumable.instances.waiting} (method): a gauge from the store's counts, queried
 *       at most once per {@link #countsMaxAge} however often it is scraped.
 *   <li>{@code resumable.timers.overdue}: a time gauge of how long the earliest due timer has
 *       been overdue, zero if none is ({@link EngineHealth#oldestOverdue}): a sweep that is stuck,
 *       or a timer thread never started, shows here as a value that keeps growing.
 * </ul>
 *
 * <p>One instance binds to one engine.
 */
public final class ResumableMetrics implements EngineListener, EngineExtension {

  private final MeterRegistry registry;
  private final Clock clock;
  private final Duration countsMaxAge;
  private final DistributionSummary commitWrites;
  private final Counter unreadable;
  private final Map<String, Gauge> waitingGauges = new ConcurrentHashMap<>();
  private volatile WaitingCounts counts;

  /** Metrics by the system clock, with waiting counts at most 30 seconds old. */
  public ResumableMetrics(MeterRegistry registry) {
    this(registry, Clock.systemUTC(), Duration.ofSeconds(30));
  }

  private ResumableMetrics(MeterRegistry registry, Clock clock, Duration countsMaxAge) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.clock = clock;
    this.countsMaxAge = countsMaxAge;
    this.commitWrites = DistributionSummary.builder("resumable.store.commit.writes")
        .description("Writes carried by each durable commit of the store")
        .baseUnit("writes").register(registry);
    this.unreadable = Counter.builder("resumable.instances.unreadable")
        .description("Instances met that this build cannot read or continue")
        .register(registry);
  }

  /** The same metrics with timers judged overdue by {@code clock} (the engine's). */
  public ResumableMetrics withClock(Clock clock) {
    return new ResumableMetrics(registry, Objects.requireNonNull(clock, "clock"), countsMaxAge);
  }

  /**
   * The same metrics, counting waiting instances again only once the last count is older than
   * {@code maxAge} (zero: at every read). A count is a query over the store's status index,
   * which grows with the instances stored.
   */
  public ResumableMetrics withCountsMaxAge(Duration maxAge) {
    if (Objects.requireNonNull(maxAge, "maxAge").isNegative()) {
      throw new IllegalArgumentException("maxAge must not be negative, not " + maxAge);
    }
    return new ResumableMetrics(registry, clock, maxAge);
  }

  /** How old the waiting counts a gauge shows may be. */
  public Duration countsMaxAge() {
    return countsMaxAge;
  }

  /** Adds the gauges on {@code engine}; called by {@link Engine.Builder#build()}. */
  @Override
  public synchronized AutoCloseable start(Engine engine) {
    if (counts != null) {
      throw new IllegalStateException("these metrics are bound to an engine already; make one"
          + " ResumableMetrics for each engine");
    }
    WaitingCounts waiting = new WaitingCounts(engine, countsMaxAge);
    counts = waiting;
    waiting.methods().forEach(this::gaugeWaiting);
    EngineHealth health = EngineHealth.of(engine).withClock(clock);
    TimeGauge overdue = TimeGauge.builder("resumable.timers.overdue", health,
            TimeUnit.MILLISECONDS, ResumableMetrics::overdueMillis)
        .description("How long the earliest due timer has been overdue; 0 if none is")
        .register(registry);
    return () -> {
      List<Meter> gauges = new ArrayList<>(waitingGauges.values());
      gauges.add(overdue);
      gauges.forEach(registry::remove);
      waitingGauges.clear();
      counts = null;
    };
  }

  private static double overdueMillis(EngineHealth health) {
    try {
      return health.oldestOverdue().map(Duration::toMillis).orElse(0L);
    } catch (RuntimeException e) {
      return Double.NaN; // the store did not answer; the health check says why
    }
  }

  private void gaugeWaiting(String method) {
    WaitingCounts current = counts;
    if (current == null) {
      return;
    }
    waitingGauges.computeIfAbsent(method, m -> Gauge.builder("resumable.instances.waiting",
            current, c -> c.waiting(m))
        .description("Instances waiting, by entry method").tag("method", m)
        .register(registry));
  }

  @Override
  public void instanceStarted(String id, String method) {
    registry.counter("resumable.instances.started", "method", method).increment();
    if (!waitingGauges.containsKey(method)) {
      gaugeWaiting(method);
    }
  }

  @Override
  public void instanceEnded(String id, String method, Status status) {
    registry.counter("resumable.instances.ended", "method", method, "status", tag(status))
        .increment();
  }

  @Override
  public void stepRan(String id, String method, Duration took, StepOutcome outcome) {
    Timer.builder("resumable.steps").description("Steps: the code from one wait to the next"
            + " and its durable commit")
        .tags("method", method, "outcome", tag(outcome)).register(registry).record(took);
  }

  @Override
  public void commitBatch(int writes) {
    commitWrites.record(writes);
  }

  @Override
  public void unreadableInstance(String id, UnreadableInstanceException why) {
    unreadable.increment();
  }

  private static String tag(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
