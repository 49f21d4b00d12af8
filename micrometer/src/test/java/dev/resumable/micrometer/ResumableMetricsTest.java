package dev.resumable.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.store.StoredInstance;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real workflows on a real store, read back from a SimpleMeterRegistry. */
class ResumableMetricsTest {

  private static final String ORDER = "dev.resumable.micrometer.Orders#order(java.lang.String)";

  @TempDir Path dir;
  private final MovableClock clock = new MovableClock(Instant.parse("2030-01-01T00:00:00Z"));
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private Engine engine;

  private Resumer open(ResumableMetrics metrics) {
    engine = Engine.builder().storeFile(dir.resolve("store")).clock(clock)
        .listener(metrics).extension(metrics).build();
    return Resumer.on(engine);
  }

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void instancesAreCountedByMethodAsTheyStartAndEnd() {
    Resumer orders = open(new ResumableMetrics(registry).withClock(clock));
    orders.startOrder("shipped", "ann");
    orders.startOrder("declined", "bob");
    orders.startOrder("dropped", "cy");
    orders.resume("shipped", "payment", "ok");
    orders.resume("declined", "payment", "declined");
    engine.cancel("dropped");
    clock.advance(Duration.ofDays(2));
    engine.fireDueTimers();

    assertEquals(3, counter("resumable.instances.started", "method", ORDER));
    assertEquals(1, counter("resumable.instances.ended", "method", ORDER, "status", "completed"));
    assertEquals(1, counter("resumable.instances.ended", "method", ORDER, "status", "failed"));
    assertEquals(1, counter("resumable.instances.ended", "method", ORDER, "status", "cancelled"));
  }

  @Test
  void stepsAreTimedByMethodAndOutcomeAndCommitsBySize() {
    Resumer orders = open(new ResumableMetrics(registry).withClock(clock));
    orders.startOrder("o1", "ann");
    orders.resume("o1", "payment", "ok");
    clock.advance(Duration.ofDays(2));
    engine.fireDueTimers();

    assertEquals(2, registry.get("resumable.steps").tags("method", ORDER, "outcome", "waiting")
        .timer().count());
    var completed = registry.get("resumable.steps")
        .tags("method", ORDER, "outcome", "completed").timer();
    assertEquals(1, completed.count());
    assertTrue(completed.totalTime(TimeUnit.NANOSECONDS) > 0);
    var commits = registry.get("resumable.store.commit.writes").summary();
    assertTrue(commits.count() >= 3, "a durable commit for each step at least: " + commits);
    assertTrue(commits.max() >= 1);
  }

  @Test
  void waitingInstancesAreCountedByMethodAtMostOncePerMaxAge() {
    try (Engine before = Engine.builder().storeFile(dir.resolve("store")).build()) {
      Resumer.on(before).startOrder("o1", "ann");
    }
    Resumer orders = open(new ResumableMetrics(registry).withCountsMaxAge(Duration.ofDays(1)));
    assertEquals(1, waiting(), "a method with waiting instances has its gauge from the start");
    orders.startOrder("o2", "bob");
    assertEquals(1, waiting(), "the count is kept, not queried again, within its max age");
  }

  @Test
  void waitingInstancesFollowTheStoreWhenCountedAtEveryRead() {
    Resumer orders = open(new ResumableMetrics(registry).withCountsMaxAge(Duration.ZERO));
    orders.startOrder("o1", "ann");
    assertEquals(1, waiting());
    orders.startOrder("o2", "bob");
    assertEquals(2, waiting());
    orders.resume("o2", "payment", "declined");
    assertEquals(1, waiting());
  }

  @Test
  void theOverdueGaugeShowsHowLongTheEarliestDueTimerHasWaitedToFire() {
    Resumer orders = open(new ResumableMetrics(registry).withClock(clock));
    orders.startOrder("o1", "ann");
    orders.resume("o1", "payment", "ok");
    assertEquals(0, overdueSeconds());

    clock.advance(Duration.ofDays(1).plusMinutes(10)); // nothing fires: no timer thread runs
    assertEquals(600, overdueSeconds());
    engine.fireDueTimers();
    assertEquals(0, overdueSeconds());
  }

  @Test
  void unreadableInstancesMetByTheSweepAreCounted() {
    Resumer orders = open(new ResumableMetrics(registry).withClock(clock));
    orders.startOrder("o1", "ann");
    orders.resume("o1", "payment", "ok");
    StoredInstance stored = engine.store().load("o1").orElseThrow();
    engine.store().update(new StoredInstance(stored.id(), stored.method(), stored.status(),
        stored.revision() + 1, new byte[] {0x0a, (byte) 0xff, 0x01}, stored.due(),
        stored.waitKey(), stored.index()), stored.revision());
    clock.advance(Duration.ofDays(2));

    engine.fireDueTimers();
    engine.fireDueTimers();
    assertEquals(1, registry.get("resumable.instances.unreadable").counter().count());
    assertEquals(0, overdueSeconds(), "the sweep skips it, and so does the overdue gauge");
  }

  @Test
  void closingTheEngineRemovesItsGaugesAndOneMetricsServesOneEngine() {
    ResumableMetrics metrics = new ResumableMetrics(registry);
    open(metrics).startOrder("o1", "ann");
    assertEquals(1, registry.find("resumable.timers.overdue").meters().size());
    var twice = assertThrows(IllegalStateException.class, () -> metrics.start(engine));
    assertTrue(twice.getMessage().contains("make one ResumableMetrics for each engine"));

    engine.close();
    assertNull(registry.find("resumable.timers.overdue").timeGauge());
    assertNull(registry.find("resumable.instances.waiting").gauge());
    assertEquals(1, counter("resumable.instances.started", "method", ORDER),
        "counters stay: they count what happened");
  }

  private double waiting() {
    return registry.get("resumable.instances.waiting").tag("method", ORDER).gauge().value();
  }

  private double overdueSeconds() {
    return registry.get("resumable.timers.overdue").timeGauge().value(TimeUnit.SECONDS);
  }

  private double counter(String name, String... tags) {
    Meter meter = registry.get(name).tags(tags).counter();
    return ((io.micrometer.core.instrument.Counter) meter).count();
  }
}
