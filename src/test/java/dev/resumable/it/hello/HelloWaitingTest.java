package dev.resumable.it.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.it.hello.HelloAsyncActivityCompletion.Translator;
import dev.resumable.testkit.WorkflowTestKit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HelloAsyncActivityCompletion, HelloAwait, HelloSignal, HelloSignalWithStartAndWorkflowInit,
 * HelloSignalWithTimer and HelloPeriodic: workflows that wait for the world.
 */
class HelloWaitingTest {

  final Greetings greetings = new Greetings();
  final Translator translator = new Translator();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(HelloAsyncActivityCompletion.class,
          () -> new HelloAsyncActivityCompletion(translator))
      .receiver(HelloAwait.class, HelloAwait::new)
      .receiver(HelloSignal.class, HelloSignal::new)
      .receiver(HelloSignalWithStart.class, HelloSignalWithStart::new)
      .receiver(HelloPeriodic.class, () -> new HelloPeriodic(greetings))
      .restartingAtEverySuspension();

  private Resumer resumer() {
    return Resumer.on(kit.engine());
  }

  @Test
  void anExternalServiceRepliesToTheAddressTheWorkflowGaveIt() {
    resumer().startTranslate("translate-1", "hello");
    assertEquals(List.of("translate-1: hello"), translator.requests);

    // Later, the service replies to the instance whose id it was given.
    String replyTo = translator.requests.get(0).split(":")[0];
    resumer().resume(replyTo, "translated", "bonjour");

    kit.assertThat("translate-1").isCompletedWith("bonjour");
  }

  @Test
  void theWorkflowWaitsUntilItHasAName() {
    resumer().startGreetWhenNamed("await-1");
    kit.assertThat("await-1").isWaitingForEvent("name");

    resumer().resume("await-1", "name", "World");

    kit.assertThat("await-1").isCompletedWith("Hello World!");
  }

  @Test
  void signalsAccumulateUntilTheExitSignal() {
    resumer().startGreetEveryoneSignalled("signal-1");
    resumer().resume("signal-1", "name", "Ann");
    resumer().resume("signal-1", "name", "Bob");
    resumer().resume("signal-1", "exit", true);

    kit.assertThat("signal-1").isCompletedWith(List.of("Hello Ann!", "Hello Bob!"));
  }

  @Test
  void theFirstSignalStartsTheWorkflowAndAQuietHourEndsIt() {
    resumer().signalWithStartCollectUntilQuiet("collect-1", "item", "tea", "ann");
    kit.advance(Duration.ofMinutes(30));
    resumer().signalWithStartCollectUntilQuiet("collect-1", "item", "jam", "ann");
    kit.advance(Duration.ofMinutes(59));
    kit.assertThat("collect-1").isWaiting();

    kit.advance(Duration.ofMinutes(1));

    kit.assertThat("collect-1").isCompletedWith(List.of("tea", "jam"));
  }

  @Test
  void aPeriodicWorkflowIsALoopWithATimer() {
    resumer().startGreetPeriodically("periodic-1", "World", 3);

    assertEquals(3, kit.advance(Duration.ofMinutes(30)));

    kit.assertThat("periodic-1").isCompletedWith(3);
    assertEquals(List.of("Hello #1 World", "Hello #2 World", "Hello #3 World"), greetings.calls);
  }
}
