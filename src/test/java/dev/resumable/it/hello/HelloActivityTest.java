package dev.resumable.it.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.testkit.WorkflowTestKit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HelloActivity and HelloActivityRetry, restarting at every suspension. */
class HelloActivityTest {

  final Greetings greetings = new Greetings();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(HelloActivity.class, () -> new HelloActivity(greetings))
      .receiver(HelloActivityRetry.class, () -> new HelloActivityRetry(greetings))
      .restartingAtEverySuspension();

  @Test
  void theActivityRunsOnceAndItsResultIsTheWorkflows() {
    Resumer.on(kit.engine()).startGetGreeting("hello-activity", "World");
    kit.restart();

    kit.assertThat("hello-activity").isCompletedWith("Hello World!");
    assertEquals(List.of("Hello World"), greetings.calls);
  }

  @Test
  void aFailingActivityIsRetriedAfterDurableBackoffs() {
    greetings.failuresLeft.set(3);
    Resumer.on(kit.engine()).startGetGreetingWithRetries("hello-retry", "World");

    // Backoffs of 1, 2 and 4 s between the four attempts, each attempt after a restart.
    assertEquals(3, kit.advance(Duration.ofSeconds(7)));

    kit.assertThat("hello-retry").isCompletedWith("Hello World!");
    assertEquals(List.of("attempt 1", "attempt 2", "attempt 3", "attempt 4"), greetings.calls);
  }
}
