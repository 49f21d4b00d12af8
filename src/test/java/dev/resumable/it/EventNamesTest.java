package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.resumable.UnexpectedEventException;
import dev.resumable.testkit.WorkflowTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An event by a name that an instance can never wait for is refused at the call, naming the names
 * it can wait for, and changes nothing; a name its callees wait for is kept for later as before.
 * Each step runs on a new engine, from nothing but the store.
 */
class EventNamesTest {

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create().restartingAtEverySuspension();

  private Resumer resumer() {
    return Resumer.on(kit.engine());
  }

  @Test
  void aMisspelledNameIsRefusedNamingTheNamesTheInstanceCanWaitFor() {
    resumer().startDispatch("d1", "order 1");
    kit.assertThat("d1").isWaitingForEvent("payment");
    long revision = kit.engine().store().load("d1").orElseThrow().revision();

    UnexpectedEventException refused = assertThrows(UnexpectedEventException.class,
        () -> resumer().resume("d1", "paymnet", 30));
    assertEquals("instance \"d1\" can never wait for an event named \"paymnet\": the events it"
        + " can wait for are \"lost\", \"parcel\", \"payment\"; check the name; nothing was"
        + " changed", refused.getMessage());
    kit.assertThat("d1").isWaitingForEvent("payment").hasEmptyInbox();
    assertEquals(revision, kit.engine().store().load("d1").orElseThrow().revision());
  }

  @Test
  void aNameThatACalleeWaitsForIsKeptUntilItIsAwaited() {
    resumer().startDispatch("d2", "order 2");
    resumer().resume("d2", "parcel", "TRACK-9"); // early: ship() waits for it later
    kit.assertThat("d2").isWaitingForEvent("payment").hasInbox("parcel");
    resumer().resume("d2/1", "read", "yes");
    resumer().resume("d2", "payment", 30);
    kit.assertThat("d2").isCompletedWith("order 2 paid 30, sent TRACK-9, customer read yes");
  }

  @Test
  void aBranchsEventGoesToTheBranchNotToItsParent() {
    resumer().startDispatch("d3", "order 3");
    UnexpectedEventException refused = assertThrows(UnexpectedEventException.class,
        () -> resumer().resume("d3", "read", "yes"));
    assertEquals("instance \"d3\" can never wait for an event named \"read\": the events it can"
        + " wait for are \"lost\", \"parcel\", \"payment\"; check the name; nothing was changed",
        refused.getMessage());
    UnexpectedEventException typo = assertThrows(UnexpectedEventException.class,
        () -> resumer().resume("d3/1", "raed", "yes", "event-1"));
    assertEquals("instance \"d3/1\" can never wait for an event named \"raed\": the events it can"
        + " wait for are \"read\"; check the name; nothing was changed", typo.getMessage());
    resumer().resume("d3/1", "read", "yes");
    kit.assertThat("d3/1").isCompletedWith("customer read yes");
  }

  @Test
  void aWorkflowThatComputesNamesKeepsEveryEarlyEvent() {
    resumer().startApprove("a1", "legal");
    resumer().resume("a1", "approved-by-budget", "later, maybe");
    kit.assertThat("a1").isWaitingForEvent("approved-by-legal").hasInbox("approved-by-budget");
    resumer().resume("a1", "approved-by-legal", "ok");
    kit.assertThat("a1").isCompletedWith("ok");
  }
}
