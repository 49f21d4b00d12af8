package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's own timer thread, which fires timers as real time passes. The test kit leaves it
 * out on purpose (its clock moves only when a test says), so these tests build engines directly.
 */
class TimerThreadTest {

  private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

  @TempDir
  Path dir;

  private Engine engine(Clock clock, TimerFlows flows) {
    return Engine.builder().storeFile(dir.resolve("store")).clock(clock)
        .receiver(TimerFlows.class, flows).timerPollInterval(Duration.ofMillis(20)).build();
  }

  @Test
  void engineThreadFiresARealTimer() throws Exception {
    TimerFlows flows = new TimerFlows();
    Engine engine = engine(Clock.systemUTC(), flows);
    engine.start();
    Resumer.on(engine).startShortNap("nap");
    assertTrue(flows.finished.await(30, TimeUnit.SECONDS), "the timer never fired");
    engine.close(); // lets the firing in progress commit
    try (Engine reopened = Engine.builder().storeFile(dir.resolve("store")).build()) {
      assertEquals("rested", reopened.status("nap").result());
    }
  }

  @Test
  void overdueTimerFiresPromptlyWhenAnEngineStarts() throws Exception {
    try (Engine engine = engine(Clock.fixed(START, ZoneOffset.UTC), new TimerFlows())) {
      Resumer.on(engine).startRemindLater("o", "overdue", Duration.ofHours(1));
    }
    // The next engine starts three days later, long after the timer came due.
    Clock threeDaysLater = Clock.fixed(START.plus(Duration.ofDays(3)), ZoneOffset.UTC);
    TimerFlows flows = new TimerFlows();
    try (Engine engine = engine(threeDaysLater, flows)) {
      engine.start();
      assertTrue(flows.wokeOnce.await(30, TimeUnit.SECONDS), "the overdue timer never fired");
      assertEquals(List.of("overdue"), flows.woke);
    }
  }
}
