package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import dev.resumable.Status;
import dev.resumable.UnexpectedEventException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Durable timers: stored, found by due time, fired in order, across restarts. */
class TimersTest {

  private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

  @TempDir
  Path dir;

  private final MovableClock clock = new MovableClock(START);

  private Engine engine(TimerFlows flows) {
    return Engine.builder().storeFile(dir.resolve("store")).clock(clock)
        .receiver(TimerFlows.class, flows).build();
  }

  @Test
  void timerFiresWhenDueEvenAfterARestart() {
    try (Engine engine = engine(new TimerFlows())) {
      Outcome<?> started = Resumer.on(engine).startRemindLater("r1", "ann", Duration.ofDays(2));
      assertEquals("timer until 2026-11-22T10:00:00Z", started.waitingFor());
      clock.advance(Duration.ofDays(1));
      assertEquals(0, engine.fireDueTimers());
    }
    clock.advance(Duration.ofDays(1));
    TimerFlows flows = new TimerFlows();
    try (Engine engine = engine(flows)) {
      assertEquals(1, engine.fireDueTimers());
      assertEquals(List.of("ann"), flows.woke);
      assertEquals("event \"answer\" (String)", engine.status("r1").waitingFor());
      assertEquals("ann answered yes", Resumer.on(engine).resume("r1", "answer", "yes").result());
    }
  }

  @Test
  void dueTimersFireEarliestFirst() {
    TimerFlows flows = new TimerFlows();
    try (Engine engine = engine(flows)) {
      Resumer resumer = Resumer.on(engine);
      resumer.startRemindLater("late", "late", Duration.ofHours(3));
      resumer.startRemindLater("early", "early", Duration.ofHours(1));
      resumer.startRemindLater("middle", "middle", Duration.ofHours(2));
      resumer.startRemindLater("later", "later", Duration.ofDays(9));
      clock.advance(Duration.ofHours(5));
      assertEquals(3, engine.fireDueTimers());
      assertEquals(List.of("early", "middle", "late"), flows.woke);
      assertEquals(Status.WAITING, engine.status("later").status());
      assertTrue(engine.status("later").waitingFor().startsWith("timer until"));
    }
  }

  @Test
  void eventsDuringATimerWaitInTheInbox() {
    try (Engine engine = engine(new TimerFlows())) {
      Resumer resumer = Resumer.on(engine);
      resumer.startRemindLater("r", "bo", Duration.ofMinutes(5));
      var unnamed = assertThrows(UnexpectedEventException.class, () -> resumer.resume("r", "x"));
      assertTrue(unnamed.getMessage().contains("which fires by itself"), unnamed.getMessage());
      assertEquals(List.of("answer"), resumer.resume("r", "answer", "early bird").inbox());
      clock.advance(Duration.ofMinutes(5));
      engine.fireDueTimers();
      Outcome<?> outcome = engine.status("r");
      assertEquals("bo answered early bird", outcome.result());
    }
  }

  @Test
  void untilAMomentPassedDoesNotWait() {
    try (Engine engine = engine(new TimerFlows())) {
      assertEquals("went on", Resumer.on(engine)
          .startUntilPast("u", START.minusSeconds(1)).result());
    }
  }

  @Test
  void engineThreadFiresARealTimer() throws Exception {
    TimerFlows flows = new TimerFlows();
    Engine engine = Engine.builder().storeFile(dir.resolve("real"))
        .receiver(TimerFlows.class, flows).timerPollInterval(Duration.ofMillis(20)).build();
    engine.start();
    Resumer.on(engine).startShortNap("nap");
    assertTrue(flows.finished.await(30, TimeUnit.SECONDS), "the timer never fired");
    engine.close(); // lets the firing in progress commit
    try (Engine reopened = Engine.builder().storeFile(dir.resolve("real")).build()) {
      assertEquals("rested", reopened.status("nap").result());
    }
  }

  @Test
  void overdueTimerFiresPromptlyWhenAnEngineStarts() throws Exception {
    try (Engine engine = engine(new TimerFlows())) {
      Resumer.on(engine).startRemindLater("o", "overdue", Duration.ofHours(1));
    }
    clock.advance(Duration.ofDays(3));
    TimerFlows flows = new TimerFlows();
    try (Engine engine = Engine.builder().storeFile(dir.resolve("store")).clock(clock)
        .receiver(TimerFlows.class, flows).timerPollInterval(Duration.ofMillis(20)).build()) {
      engine.start();
      assertTrue(flows.wokeOnce.await(30, TimeUnit.SECONDS), "the overdue timer never fired");
      assertEquals(List.of("overdue"), flows.woke);
    }
  }
}
