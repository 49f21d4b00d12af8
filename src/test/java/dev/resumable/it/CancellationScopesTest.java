package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.resumable.Outcome;
import dev.resumable.Status;
import dev.resumable.WorkflowArgumentException;
import dev.resumable.testkit.WorkflowTestKit;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cancellation scopes: a workflow cancels one branch and goes on; cancelling is asked once, so
 * cleanup that waits is never cut short by a second cancel. Restarting at every suspension.
 */
class CancellationScopesTest {

  private final List<String> cleanups = new CopyOnWriteArrayList<>();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(BranchFlows.class, () -> new BranchFlows(cleanups))
      .restartingAtEverySuspension();

  private Resumer flows() {
    return Resumer.on(kit.engine());
  }

  @Test
  void theLosersOfAJoinAnyAreCancelledAndTheWorkflowGoesOn() {
    flows().startFirstQuote("q1", "order 1");

    assertEquals(1, kit.advance(Duration.ofMinutes(5))); // acme's quote ends the joinAny
    assertEquals(Status.CANCELLED, kit.engine().status("q1/2").status());
    assertEquals(Status.CANCELLED, kit.engine().status("q1/3").status());
    assertEquals(Status.COMPLETED, kit.engine().status("q1/1").status());
    assertEquals(List.of("acme closed", "globex closed", "initech closed"), cleanups);
    kit.assertThat("q1").isWaitingForTimerUntil(kit.clock().instant().plus(Duration.ofHours(1)));

    kit.advance(Duration.ofHours(1));
    kit.assertThat("q1").isCompletedWith("order 1: acme quotes 50");
  }

  @Test
  void aCancelledBranchThrowsCancelledExceptionWhereItIsJoined() {
    Outcome<String> outcome = flows().startCancelThenJoin("q2", "order 2");

    assertEquals("order 2: branch \"q2/1\" was cancelled by instance \"q2\", which started it",
        outcome.result());
  }

  @Test
  void aSecondCancelLeavesCleanupThatWaitsAlone() {
    flows().startCleanupThatWaits("c1", "order 3");
    Outcome<?> first = flows().cancel("c1");
    assertEquals("event \"released\" (String)", first.waitingFor());

    Outcome<?> second = flows().cancel("c1");

    assertEquals("event \"released\" (String)", second.waitingFor());
    Outcome<?> released = flows().resume("c1", "released", "the lock");
    assertEquals(Status.CANCELLED, released.status());
    assertEquals(List.of("released the lock"), cleanups);
  }

  @Test
  void cancellingABranchOfAnotherInstanceIsABugThatCommitsNothing() {
    WorkflowArgumentException bug = assertThrows(WorkflowArgumentException.class,
        () -> flows().startCancelOthers("x1", "order 4"));

    assertEquals("instance \"x1\": Branch.cancel() of branch \"someone-else/1\", which this"
        + " instance did not start: an instance cancels only its own branches; its step was not"
        + " committed", bug.getMessage());
    assertThrows(dev.resumable.NoSuchInstanceException.class, () -> flows().status("x1"));
  }
}
