package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.resumable.CancelledException;
import dev.resumable.DirectRun;
import dev.resumable.Status;
import dev.resumable.UnexpectedEventException;
import dev.resumable.testkit.WorkflowTestKit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Branches: started as instances of their own, joined all, any or one by one, failing and
 * cancelled, with a restart at every suspension.
 */
class BranchesTest {

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(BranchFlows.class, BranchFlows::new)
      .startingAt(Instant.parse("2026-11-20T10:00:00Z"))
      .restartingAtEverySuspension();

  private Resumer resumer() {
    return Resumer.on(kit.engine());
  }

  @Test
  void branchesRunAsInstancesOfTheirOwnAndAreJoinedWithTypedResults() {
    resumer().startFulfil("o1", "order 1");
    kit.assertThat("o1").isWaitingFor("branch \"o1/1\"");
    kit.assertThat("o1/1").isWaitingForEvent("stock");
    kit.assertThat("o1/2").isCompletedWith(30);
    kit.assertThat("o1/3").isWaitingForTimerUntil(Instant.parse("2026-11-20T10:05:00Z"));

    resumer().resume("o1/1", "stock", "shelf 4");
    kit.assertThat("o1/1").isCompletedWith("order 1 from shelf 4");
    kit.assertThat("o1").isWaitingFor("branch \"o1/3\"");

    assertEquals(1, kit.advance(Duration.ofMinutes(5)));
    kit.assertThat("o1").isCompletedWith("order 1 from shelf 4; charged 30; told buyer of order 1");
  }

  @Test
  void anOutcomeThatArrivesBeforeTheJoinWaitsInTheInbox() {
    resumer().startFulfil("o2", "order 2");
    assertEquals(1, kit.advance(Duration.ofMinutes(5)));
    kit.assertThat("o2/3").isCompletedWith("told buyer of order 2");
    kit.assertThat("o2").isWaitingFor("branch \"o2/1\"").hasInbox("branch:o2/2", "branch:o2/3");

    resumer().resume("o2/1", "stock", "shelf 9");
    kit.assertThat("o2").isCompletedWith("order 2 from shelf 9; charged 30; told buyer of order 2")
        .hasEmptyInbox();
  }

  @Test
  void aVoidMethodRunsAsABranchAndItsJoinReturnsOnceItHasEnded() {
    resumer().startRemind("v", "order 10", 2);
    kit.assertThat("v/1").isWaitingForTimerUntil(Instant.parse("2026-11-21T10:00:00Z"));
    resumer().resume("v", "paid", "paid");
    kit.assertThat("v").isWaitingFor("branch \"v/1\"");

    assertEquals(1, kit.advance(Duration.ofDays(1)));
    kit.assertThat("v/1").isWaitingForTimerUntil(Instant.parse("2026-11-22T10:00:00Z"));
    kit.assertThat("v").isWaitingFor("branch \"v/1\"");
    assertEquals(1, kit.advance(Duration.ofDays(1)));
    kit.assertThat("v/1").isCompletedWith(null);
    kit.assertThat("v").isCompletedWith("paid after 2 reminders");
  }

  @Test
  void aFailedVoidBranchThrowsWhereItIsJoined() {
    resumer().startRemind("vf", "order 11", -1);
    kit.assertThat("vf/1").hasFailedWith(IllegalArgumentException.class,
        "cannot remind order 11 -1 times");
    resumer().resume("vf", "paid", "paid");
    kit.assertThat("vf").isCompletedWith("paid without reminders: cannot remind order 11 -1 times");
  }

  @Test
  @SuppressWarnings("resumable") // runs the workflow as plain Java on purpose
  void aPlainRunRunsTheVoidBranchWhereItStarts() throws Exception {
    BranchFlows flows = new BranchFlows();
    String plain = DirectRun.script().event("paid", "paid").call(() -> flows.remind("o", 2));
    assertEquals("paid after 2 reminders", plain);
    assertEquals(List.of("reminder 1 for o", "reminder 2 for o"),
        flows.asked);
  }

  @Test
  void joinAllGivesTheResultsInTheOrderOfTheList() {
    resumer().startFanOut("f", 3);
    resumer().resume("f/3", "reading", 3);
    resumer().resume("f/1", "reading", 1);
    kit.assertThat("f").isWaitingFor("all of branch \"f/2\"");
    resumer().resume("f/2", "reading", 2);
    kit.assertThat("f").isCompletedWith(List.of(101, 202, 303));
  }

  @Test
  @SuppressWarnings("resumable") // runs the workflow as plain Java on purpose
  void aPlainRunComputesWhatTheEngineDoes() throws Exception {
    List<Integer> plain = DirectRun.script().event("reading", 1).event("reading", 2)
        .event("reading", 3).call(() -> new BranchFlows().fanOut(3));
    assertEquals(List.of(101, 202, 303), plain);
  }

  @Test
  void joinAllFailsAtTheFirstFailedBranchWithoutWaitingForTheOthers() {
    resumer().startFanOut("g", 3);
    resumer().resume("g/2", "reading", -1);
    kit.assertThat("g").hasFailedWith(IllegalStateException.class, "part 2 could not be measured");
    // The branches it no longer needs are cancelled with it.
    kit.assertThat("g/1").hasStatus(Status.CANCELLED);
    kit.assertThat("g/3").hasStatus(Status.CANCELLED);
  }

  @Test
  void aFailedBranchThrowsItsExceptionWhereItIsJoined() {
    resumer().startGuarded("p1", "order 7");
    resumer().resume("p1/1", "bank", "no");
    kit.assertThat("p1/1").hasFailedWith(PaymentDeclined.class, "the bank refused order 7");
    kit.assertThat("p1").isCompletedWith("declined: the bank refused order 7");

    resumer().startGuarded("p2", "order 8");
    resumer().resume("p2/1", "bank", "yes");
    kit.assertThat("p2").isCompletedWith("authorised 3");
  }

  @Test
  void joinAnyTakesWhicheverBranchEndsFirstAndTheOthersEndWithTheParent() {
    resumer().startCheapest("q", "desk");
    resumer().resume("q/2", "price", 120);
    kit.assertThat("q").isCompletedWith("south sells desk for 120");
    kit.assertThat("q/1").hasStatus(Status.CANCELLED);
  }

  @Test
  void cancellingTheParentCancelsItsBranchesAndRunsTheirFinallyBlocks() {
    BranchFlows[] last = new BranchFlows[1];
    kit.receiver(BranchFlows.class, () -> last[0] = new BranchFlows());
    resumer().startFulfil("c", "order 3");
    resumer().cancel("c");
    kit.assertThat("c").hasStatus(Status.CANCELLED);
    kit.assertThat("c/1").hasStatus(Status.CANCELLED);
    assertEquals("branch \"c/1\" was cancelled because instance \"c\", which started it, has"
        + " ended", kit.status("c/1").failure().message());
    kit.assertThat("c/2").isCompletedWith(30);
    kit.assertThat("c/3").hasStatus(Status.CANCELLED);
    assertEquals(List.of("reserve order 3 ended"), last[0].cleanups);
  }

  @Test
  void aCancelledBranchThrowsCancelledExceptionAtTheJoin() {
    resumer().startGuarded("k", "order 4");
    resumer().cancel("k/1");
    // Not caught where it is joined, the CancelledException ends the parent as cancelled too.
    kit.assertThat("k").hasStatus(Status.CANCELLED);
    assertEquals(CancelledException.class.getName(), kit.status("k").failure().type());
    assertEquals("instance \"k/1\" was cancelled", kit.status("k").failure().message());
  }

  @Test
  void aBranchNeverJoinedIsCancelledWhenItsParentCompletes() {
    resumer().startForgetful("z", "order 5");
    resumer().resume("z", "done", "finished");
    kit.assertThat("z").isCompletedWith("finished");
    kit.assertThat("z/1").hasStatus(Status.CANCELLED);
  }

  @Test
  void aNestedFrameStartsAndJoinsBranchesOfTheInstance() {
    resumer().startOuter("n", "order 9");
    kit.assertThat("n").isWaitingFor("branch \"n/1\"");
    resumer().resume("n/1", "bank", "fine");
    kit.assertThat("n").isCompletedWith("outer got inner joined 4");
  }

  @Test
  void outcomesOfBranchesCannotBeForged() {
    resumer().startGuarded("w", "order 6");
    UnexpectedEventException refused = assertThrows(UnexpectedEventException.class,
        () -> resumer().resume("w", "branch:w/1", 99));
    assertEquals("event name \"branch:w/1\" cannot be delivered: names starting with \"branch:\""
        + " are reserved for the outcomes of branches, which the engine delivers itself; nothing"
        + " was changed", refused.getMessage());
    UnexpectedEventException unnamed = assertThrows(UnexpectedEventException.class,
        () -> resumer().resume("w", 99));
    assertEquals("instance \"w\" waits for branch \"w/1\", which tells it how it ended by"
        + " itself; name the event to deliver or to keep in its inbox; nothing was changed",
        unnamed.getMessage());
    kit.assertThat("w").isWaitingFor("branch \"w/1\"").hasEmptyInbox();
  }
}
