package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Outcome;
import dev.resumable.Status;
import dev.resumable.UnexpectedEventException;
import dev.resumable.testkit.WorkflowTestKit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Durable timers on a virtual clock: stored, found by due time, fired in order, across restarts. */
class TimersTest {

  private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(TimerFlows.class, TimerFlows::new)
      .startingAt(START);

  private Resumer timers() {
    return Resumer.on(kit.engine());
  }

  /** Which instances woke, in order, since the last restart (receivers are not stored). */
  private List<String> woke() {
    return kit.receiverOf(TimerFlows.class).woke;
  }

  @Test
  void timerFiresWhenDueEvenAfterARestart() {
    Outcome<?> started = timers().startRemindLater("r1", "ann", Duration.ofDays(2));
    assertEquals("timer until 2026-11-22T10:00:00Z", started.waitingFor());
    assertEquals(0, kit.advance(Duration.ofDays(1)));

    kit.restart();

    assertEquals(1, kit.advance(Duration.ofDays(1)));
    assertEquals(List.of("ann"), woke());
    assertEquals("event \"answer\" (String)", kit.status("r1").waitingFor());
    assertEquals("ann answered yes", timers().resume("r1", "answer", "yes").result());
  }

  @Test
  void dueTimersFireEarliestFirst() {
    timers().startRemindLater("late", "late", Duration.ofHours(3));
    timers().startRemindLater("early", "early", Duration.ofHours(1));
    timers().startRemindLater("middle", "middle", Duration.ofHours(2));
    timers().startRemindLater("later", "later", Duration.ofDays(9));

    assertEquals(3, kit.advance(Duration.ofHours(5)));

    assertEquals(List.of("early", "middle", "late"), woke());
    assertEquals(Status.WAITING, kit.status("later").status());
    assertTrue(kit.status("later").waitingFor().startsWith("timer until"));
    kit.assertThat("later").isWaitingForTimerUntil(START.plus(Duration.ofDays(9)));
  }

  @Test
  void eventsDuringATimerWaitInTheInbox() {
    timers().startRemindLater("r", "bo", Duration.ofMinutes(5));
    var unnamed = assertThrows(UnexpectedEventException.class, () -> timers().resume("r", "x"));
    assertTrue(unnamed.getMessage().contains("which fires by itself"), unnamed.getMessage());
    assertEquals(List.of("answer"), timers().resume("r", "answer", "early bird").inbox());
    kit.assertThat("r").isWaitingForTimerUntil(START.plus(Duration.ofMinutes(5)))
        .hasInbox("answer");

    kit.advance(Duration.ofMinutes(5));

    Outcome<?> outcome = kit.status("r");
    assertEquals("bo answered early bird", outcome.result());
  }

  @Test
  void untilAMomentPassedDoesNotWait() {
    assertEquals("went on", timers().startUntilPast("u", START.minusSeconds(1)).result());
  }
}
