package dev.resumable.it.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.Outcome;
import dev.resumable.Status;
import dev.resumable.it.hello.HelloDetachedCancellationScope.Reservations;
import dev.resumable.testkit.WorkflowTestKit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HelloCancellationScope, HelloCancellationScopeWithTimer, HelloWorkflowTimer,
 * HelloDetachedCancellationScope, HelloChild and HelloException.
 */
class HelloScopesTest {

  final Greetings greetings = new Greetings();
  final Reservations reservations = new Reservations();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(HelloCancellationScope.class, () -> new HelloCancellationScope(greetings))
      .receiver(HelloWorkflowTimer.class, () -> new HelloWorkflowTimer(greetings))
      .receiver(HelloDetachedCancellationScope.class,
          () -> new HelloDetachedCancellationScope(reservations))
      .receiver(HelloChild.class, () -> new HelloChild(greetings))
      .receiver(HelloException.class, () -> new HelloException(new HelloException.Unreachable()))
      .restartingAtEverySuspension();

  private Resumer resumer() {
    return Resumer.on(kit.engine());
  }

  @Test
  void theFirstAnswerWinsAndTheOtherServicesAreCancelled() {
    resumer().startFastestGreeting("fastest", "World");

    kit.advance(Duration.ofSeconds(4)); // "Hola" answers after 4 s, the others after 5 and 7

    kit.assertThat("fastest").isCompletedWith("Hola World!");
    assertEquals(List.of("Hola World"), greetings.calls);
    assertEquals(Status.CANCELLED, kit.status("fastest/1").status());
    assertEquals(Status.CANCELLED, kit.status("fastest/2").status());
  }

  @Test
  void aTimerThatEndsFirstCancelsTheActivity() {
    resumer().startGreetWithin("timer-1", "World", 60, 10);
    kit.advance(Duration.ofSeconds(10));

    kit.assertThat("timer-1").isCompletedWith("timed out after 10 s");
    assertEquals(Status.CANCELLED, kit.status("timer-1/1").status());
    assertEquals(0, kit.advance(Duration.ofMinutes(5))); // the cancelled service never answers
    assertEquals(List.of(), greetings.calls);
  }

  @Test
  void anActivityThatEndsFirstCancelsTheTimer() {
    resumer().startGreetWithin("timer-2", "World", 3, 10);
    kit.advance(Duration.ofSeconds(3));

    kit.assertThat("timer-2").isCompletedWith("Hello World!");
    assertEquals(Status.CANCELLED, kit.status("timer-2/2").status());
  }

  @Test
  void cleanupRunsAfterCancelAndASecondCancelLeavesItAlone() {
    resumer().startHoldUntilConfirmed("seat-1", "12A");
    resumer().cancel("seat-1");
    Outcome<?> again = resumer().cancel("seat-1");
    assertEquals("event \"acknowledged\" (Boolean)", again.waitingFor());

    Outcome<?> done = resumer().resume("seat-1", "acknowledged", true);

    assertEquals(Status.CANCELLED, done.status());
    assertEquals(List.of("released 12A"), reservations.log);
  }

  @Test
  void theParentGetsTheChildsResult() {
    resumer().startParent("parent-1", "World");
    resumer().resume("parent-1/1", "approved", true);

    kit.assertThat("parent-1").isCompletedWith("the child said: Hello World!");
  }

  @Test
  void anActivitysExceptionReachesTheParentWithItsCause() {
    resumer().startParentOfFailure("failure-1", "World");
    kit.advance(Duration.ofSeconds(1)); // the step's second and last attempt

    kit.assertThat("failure-1").isCompletedWith("caught the child could not greet World, caused"
        + " by java.io.IOException: host of World not found");
  }
}
