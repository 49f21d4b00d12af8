package dev.resumable.it.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.resumable.InstanceFinishedException;
import dev.resumable.NoSuchInstanceException;
import dev.resumable.Outcome;
import dev.resumable.UnexpectedEventException;
import dev.resumable.testkit.WorkflowTestKit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signal-with-start: one call that starts the instance if it does not exist and delivers the
 * event either way, across a restart at every suspension.
 */
class SignalWithStartTest {

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(CartFlows.class, CartFlows::new)
      .restartingAtEverySuspension();

  private Resumer carts() {
    return Resumer.on(kit.engine());
  }

  @Test
  void theFirstSignalStartsTheInstanceAndTheNextOnesReachIt() {
    Outcome<List<String>> first = carts().signalWithStartCollect("cart-1", "add", "apple", "ann",
        3);
    assertEquals("event \"add\" (String)", first.waitingFor());
    kit.restart();
    carts().signalWithStartCollect("cart-1", "add", "pear", "ann", 3);
    Outcome<List<String>> last = carts().signalWithStartCollect("cart-1", "add", "fig", "bob", 1);

    // The start arguments of the later calls are not used: the instance exists.
    assertEquals(List.of("apple", "pear", "fig"), last.result());
  }

  @Test
  void theEventWaitsInTheInboxOfANewInstanceThatDoesSomethingElseFirst() {
    Outcome<String> started = carts().signalWithStartWelcomeFirst("cart-2", "add", "tea", "cy");
    assertEquals(Duration.ofMinutes(5), Duration.between(kit.clock().instant(),
        started.timerDue()));

    kit.advance(Duration.ofMinutes(5));

    kit.assertThat("cart-2").isCompletedWith("cy got tea");
  }

  @Test
  void anEventTheNewInstanceCouldNeverTakeStartsNothing() {
    UnexpectedEventException typo = assertThrows(UnexpectedEventException.class,
        () -> carts().signalWithStartCollect("cart-3", "ad", "apple", "ann", 1));
    assertEquals("instance \"cart-3\" can never wait for an event named \"ad\": the events it"
        + " can wait for are \"add\"; check the name; nothing was changed", typo.getMessage());
    assertThrows(UnexpectedEventException.class,
        () -> carts().signalWithStartCollect("cart-3", "add", new Object(), "ann", 1));

    assertThrows(NoSuchInstanceException.class, () -> carts().status("cart-3"));
  }

  @Test
  void anInstanceThatHasEndedIsNotStartedAgain() {
    carts().signalWithStartCollect("cart-4", "add", "apple", "ann", 1);

    assertThrows(InstanceFinishedException.class,
        () -> carts().signalWithStartCollect("cart-4", "add", "pear", "ann", 1));
    kit.assertThat("cart-4").isCompletedWith(List.of("apple"));
  }

  @Test
  void anEventIdMakesARepeatedCallApplyTheEventOnce() {
    CartFlows receiver = kit.engine().receiverOf(CartFlows.class);
    kit.engine().signalWithStart("cart-5", "add", "apple", "e-1",
        new CartFlows_collect(receiver, "ann", 2));
    kit.restart();
    // The reply was lost; the sender tries again with the same event id.
    Outcome<?> again = kit.engine().signalWithStart("cart-5", "add", "apple", "e-1",
        new CartFlows_collect(receiver, "ann", 2));

    assertEquals("event \"add\" (String)", again.waitingFor());
    assertEquals(List.of("apple", "pear"),
        carts().signalWithStartCollect("cart-5", "add", "pear", "ann", 2).result());
  }

  @Test
  void aPayloadOfATypeNoWaitTakesIsRefusedBeforeAnythingIsStartedOrKept() {
    UnexpectedEventException wrongType = assertThrows(UnexpectedEventException.class,
        () -> carts().signalWithStartCollect("cart-6", "add", 42, "ann", 1));
    assertEquals("instance \"cart-6\" waits for the event \"add\" with a java.lang.String,"
        + " never with a java.lang.Integer; nothing was changed", wrongType.getMessage());
    assertThrows(NoSuchInstanceException.class, () -> carts().status("cart-6"));

    carts().startWelcomeFirst("cart-7", "cy"); // waits for a timer: an "add" now is kept
    long revision = kit.engine().store().load("cart-7").orElseThrow().revision();
    assertThrows(UnexpectedEventException.class, () -> carts().resume("cart-7", "add", 42));
    assertEquals(revision, kit.engine().store().load("cart-7").orElseThrow().revision());
  }
}
