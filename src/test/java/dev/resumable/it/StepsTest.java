package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Outcome;
import dev.resumable.testkit.WorkflowTestKit;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Durable steps on the virtual clock: run once and committed before the workflow goes on,
 * retried after durable backoffs exactly as their policy says, across restarts.
 */
class StepsTest {

  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

  final StepFlows.World world = new StepFlows.World();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(StepFlows.class, () -> new StepFlows(world))
      .restartingAtEverySuspension()
      .startingAt(START);

  private Resumer flows() {
    return Resumer.on(kit.engine());
  }

  @Test
  void aCommittedStepNeverRunsAgain() {
    flows().startPay("p1", "o-1", new BigDecimal("12.50"));
    kit.assertThat("p1").isWaitingForEvent("shipped");
    kit.restart();
    kit.assertThat("p1").isWaitingForEvent("shipped");

    Outcome<?> done = flows().resume("p1", "shipped", "by van");

    assertEquals("o-1 -12.50 by van", done.result());
    assertEquals(List.of("charge o-1 12.50"), world.calls);
    assertEquals(List.of("p1/step-1#1"), world.keys);
  }

  @Test
  void retriesAfterDurableBackoffsAcrossRestarts() {
    world.failNext("charge", new IOException("refused"), new IOException("still refused"));

    Outcome<?> first = flows().startPay("p2", "o-2", BigDecimal.ONE);

    assertEquals("step 1 at step:charge, 1 attempt failed, last with java.io.IOException:"
        + " refused; attempt 2 at " + START.plusSeconds(10), first.waitingFor());
    assertEquals(START.plusSeconds(10), first.timerDue());
    assertTrue(kit.engine().inspect("p2").toString().contains("attempt 2 at "
        + START.plusSeconds(10)), kit.engine().inspect("p2").toString());
    assertEquals(0, kit.advance(Duration.ofSeconds(9)));
    kit.restart();
    assertEquals(1, kit.advance(Duration.ofSeconds(1))); // attempt 2, at +10 s, fails
    assertEquals(START.plusSeconds(40), kit.status("p2").timerDue()); // 10 s × 3
    kit.restart();
    assertEquals(0, kit.advance(Duration.ofSeconds(29)));
    assertEquals(1, kit.advance(Duration.ofSeconds(1))); // attempt 3, at +40 s, succeeds

    kit.assertThat("p2").isWaitingForEvent("shipped");
    assertEquals(List.of("p2/step-1#1", "p2/step-1#2", "p2/step-1#3"), world.keys);
    assertEquals("o-2 -1 by air", flows().resume("p2", "shipped", "by air").result());
    assertEquals(3, world.calls.size());
  }

  @Test
  void whenAttemptsRunOutTheLastExceptionIsThrownAtTheCall() {
    world.failNext("charge", new IOException("a"), new IOException("b"), new IOException("c"),
        new IOException("d"), new IOException("never reached"));

    flows().startPayOrExplain("p3", "o-3", BigDecimal.TEN);
    // Waits of 10, 30 and 60 s (90 capped at maxBackoff) between the four attempts.
    assertEquals(1, kit.advance(Duration.ofSeconds(10)));
    assertEquals(1, kit.advance(Duration.ofSeconds(30)));
    assertEquals(START.plusSeconds(100), kit.status("p3").timerDue());
    assertEquals(1, kit.advance(Duration.ofSeconds(60)));

    kit.assertThat("p3").isCompletedWith("gave up: d");
    assertEquals(4, world.calls.size());
  }

  @Test
  void aNonRetryableExceptionIsNotRetried() {
    world.failNext("charge", new PaymentDeclined("card blocked"));

    Outcome<?> outcome = flows().startPayOrExplain("p4", "o-4", BigDecimal.TEN);

    assertEquals("declined: card blocked", outcome.result());
    assertEquals(1, world.calls.size());
    assertEquals(0, kit.advance(Duration.ofDays(1)));
  }

  @Test
  void eachStepOfALoopHasItsOwnKeyAndVoidAndStaticStepsWork() {
    Outcome<?> outcome = flows().startNotifyAll("n1", "o-5", List.of("packed", "sent"));

    assertEquals(List.of("order o-5: packed", "order o-5: sent"), outcome.result());
    assertEquals(List.of("notify o-5: packed", "notify o-5: sent"), world.calls);
    assertEquals(List.of("n1/step-1#1", "n1/step-3#1"), world.keys); // step 2 is label(..)
  }

  @Test
  void anAttemptThatRunsTooLongIsInterruptedAndRetried() throws InterruptedException {
    flows().startTimed("t1", "o-6");
    assertTrue(world.interruptRecorded.await(30, TimeUnit.SECONDS), "the attempt was interrupted");
    assertEquals(List.of("o-6"), world.interrupted);
    assertTrue(kit.status("t1").waitingFor().contains("dev.resumable.StepTimeoutException:"
        + " attempt 1 of the step slow(order) ran longer than PT0.2S"),
        kit.status("t1").waitingFor());

    assertEquals(1, kit.advance(Duration.ofSeconds(1)));

    kit.assertThat("t1").isCompletedWith("fast at attempt 2");
  }

  @Test
  void noAttemptIsMadeAfterTheDeadlineAndTheLastOneBeforeItGetsWhatIsLeft() {
    flows().startTryUntilDeadline("d1", "o-7"); // attempt 1 at +0 s, next at +2 s
    assertEquals(1, kit.advance(Duration.ofSeconds(2))); // attempt 2, next at +4 s
    assertEquals(START.plusSeconds(4), kit.status("d1").timerDue());
    // Attempt 3 at +4 s may run for the second left; a fourth at +6 s would be past +5 s.
    assertEquals(1, kit.advance(Duration.ofSeconds(2)));

    kit.assertThat("d1").isCompletedWith("IOException: no answer for o-7");
    assertEquals(3, world.calls.size());
    assertEquals(0, kit.advance(Duration.ofMinutes(1)));
  }
}
