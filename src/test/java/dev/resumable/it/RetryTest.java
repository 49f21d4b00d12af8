package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Failure;
import dev.resumable.Inspection;
import dev.resumable.InstanceStateException;
import dev.resumable.NoSuchInstanceException;
import dev.resumable.Outcome;
import dev.resumable.Status;
import dev.resumable.testkit.WorkflowTestKit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A failed instance shows its failure and the checkpoint it failed from, and once a fix is
 * deployed (an engine restarted with the fixed receiver) it continues from that checkpoint with
 * what the failed step was given. Refusals change nothing.
 */
class RetryTest {

  final RetryFlows.Release release = new RetryFlows.Release();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(RetryFlows.class, () -> new RetryFlows(release));

  private Resumer flows() {
    return Resumer.on(kit.engine());
  }

  /** Deploys the fix: a new engine on the same store, every object of the old one dropped. */
  private void deployFix() {
    release.fixed = true;
    kit.restart();
  }

  @Test
  void aFailedInstanceShowsItsFailureAndCheckpoint() {
    flows().startCheckout("o-1", "42");
    kit.restart();
    Outcome<?> failed = flows().resume("o-1", "payment", 120);
    assertEquals(Status.FAILED, failed.status());
    kit.restart();

    Inspection inspection = kit.engine().inspect("o-1");

    assertEquals(Status.FAILED, inspection.status());
    Failure failure = inspection.failure();
    assertEquals(IllegalStateException.class.getName(), failure.type());
    assertEquals("no receipt template for 42", failure.message());
    assertEquals("template \"receipt\" missing", failure.cause().message());
    // The workflow's own frames at their source lines, not the generated class's.
    assertTrue(failure.stack().stream().anyMatch(e -> e.getClassName().equals(
        RetryFlows.class.getName()) && e.getMethodName().equals("checkout")
        && "RetryFlows.java".equals(e.getFileName()) && e.getLineNumber() == 42),
        failure.stack().toString());
    assertEquals(List.of(RetryFlows.class.getName() + ".checkout(RetryFlows.java:42)"),
        inspection.failedIn().stream().map(StackTraceElement::toString).toList());
    Inspection.Checkpoint checkpoint = inspection.checkpoint();
    assertEquals("event \"payment\" (Integer)", checkpoint.waitingFor());
    assertEquals("event \"payment\" (Integer)", checkpoint.resumedWith());
    assertEquals(1, checkpoint.frames().size());
    assertEquals("checkout", checkpoint.frames().get(0).methodName());
    assertEquals(41, checkpoint.frames().get(0).line());
    assertEquals("42", checkpoint.frames().get(0).locals().get("orderId"));
    assertTrue(inspection.toString().contains("FAILED at "), inspection.toString());
    assertTrue(inspection.toString().contains("Caused by: java.lang.IllegalArgumentException"),
        inspection.toString());
  }

  @Test
  void aRetryAfterTheFixContinuesWithTheEventItFailedOn() {
    flows().startCheckout("o-2", "7");
    flows().resume("o-2", "payment", 30);
    deployFix();

    Outcome<?> retried = kit.engine().retry("o-2");

    assertEquals(Status.WAITING, retried.status(), retried.toString());
    assertEquals(kit.now().plus(Duration.ofHours(1)), retried.timerDue());
    kit.restart();
    kit.advance(Duration.ofHours(1));
    assertEquals("receipt 7 30 shipped", kit.status("o-2").result());
    assertNull(kit.engine().inspect("o-2").checkpoint());
  }

  @Test
  void aRetryThatFailsAgainIsFailedWithTheNewFailureAndCanBeRetriedAgain() {
    flows().startCheckout("o-3", "8");
    flows().resume("o-3", "payment", 5);
    long revision = kit.engine().store().load("o-3").orElseThrow().revision();
    kit.restart();

    Outcome<?> again = kit.engine().retry("o-3");

    assertEquals(Status.FAILED, again.status());
    assertEquals("no receipt template for 8", again.failure().message());
    assertEquals(revision + 1, kit.engine().store().load("o-3").orElseThrow().revision());
    deployFix();
    assertEquals(Status.WAITING, kit.engine().retry("o-3").status());
  }

  @Test
  void aTimerItFailedAfterFiresAgainOnRetry() {
    flows().startNudge("r-1", "9");
    kit.advance(Duration.ofDays(1));
    assertEquals(Status.FAILED, kit.status("r-1").status());
    assertEquals("its timer", kit.engine().inspect("r-1").checkpoint().resumedWith());
    deployFix();

    assertEquals("receipt 9 0 reminded", kit.engine().retry("r-1").result());
  }

  @Test
  void theTimeoutOfAFirstOfFiresAgainAndItsEventWaitsToBeSentAgain() {
    flows().startCheckoutWithin("f-1", "10");
    kit.advance(Duration.ofHours(2));
    flows().startCheckoutWithin("f-2", "11");
    flows().resume("f-2", "payment", 12);
    assertTrue(kit.engine().inspect("f-2").checkpoint().resumedWith()
        .startsWith("event \"payment\", not kept"));
    deployFix();

    assertEquals("receipt 10 -1", kit.engine().retry("f-1").result());
    Outcome<?> waiting = kit.engine().retry("f-2");
    assertTrue(waiting.waitingFor().startsWith("first of event \"payment\""),
        waiting.waitingFor());
    assertEquals("receipt 11 12", flows().resume("f-2", "payment", 12).result());
  }

  @Test
  void aDurableStepThatEndedWithItsExceptionIsCalledAgainOnRetry() {
    flows().startSettle("p-1", "12");
    flows().resume("p-1", "go", true);
    kit.advance(Duration.ofSeconds(1));
    assertEquals(Status.FAILED, kit.status("p-1").status());
    assertEquals(List.of("12", "12"), release.charges);
    deployFix();

    Outcome<?> retried = kit.engine().retry("p-1");

    assertEquals("charged 12 now", retried.result());
    assertEquals(List.of("12", "12", "12"), release.charges);
  }

  @Test
  void refusalsAreLoudAndChangeNothing() {
    flows().startCheckout("w-1", "1");
    flows().startFailAtOnce("x-1", "2");
    flows().startCheckout("c-1", "3");
    flows().cancel("c-1");
    long waiting = kit.engine().store().load("w-1").orElseThrow().revision();
    long failed = kit.engine().store().load("x-1").orElseThrow().revision();

    InstanceStateException notFailed = assertThrows(InstanceStateException.class,
        () -> kit.engine().retry("w-1"));
    assertTrue(notFailed.getMessage().contains("is WAITING; only a FAILED instance is retried"),
        notFailed.getMessage());
    InstanceStateException noCheckpoint = assertThrows(InstanceStateException.class,
        () -> kit.engine().retry("x-1"));
    assertTrue(noCheckpoint.getMessage().contains("has no checkpoint"), noCheckpoint.getMessage());
    assertThrows(InstanceStateException.class, () -> kit.engine().retry("c-1"));
    assertThrows(NoSuchInstanceException.class, () -> kit.engine().retry("nobody"));
    assertThrows(IllegalArgumentException.class, () -> kit.engine().retry(null));

    assertEquals(waiting, kit.engine().store().load("w-1").orElseThrow().revision());
    assertEquals(failed, kit.engine().store().load("x-1").orElseThrow().revision());
    assertEquals(Status.CANCELLED, kit.engine().inspect("c-1").status());
    assertTrue(kit.engine().inspect("c-1").toString().startsWith("c-1 CANCELLED at "));
    assertEquals("dev.resumable.CancelledException", kit.engine().inspect("c-1").failure().type());
  }
}
