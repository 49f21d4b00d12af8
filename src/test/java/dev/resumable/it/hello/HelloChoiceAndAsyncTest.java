package dev.resumable.it.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.it.hello.HelloActivityExclusiveChoice.Fruit;
import dev.resumable.it.hello.HelloActivityExclusiveChoice.Orders;
import dev.resumable.testkit.WorkflowTestKit;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HelloActivityExclusiveChoice, HelloAsync and HelloParallelActivity. */
class HelloChoiceAndAsyncTest {

  final Greetings greetings = new Greetings();
  final List<String> placed = new CopyOnWriteArrayList<>();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(HelloActivityExclusiveChoice.class,
          () -> new HelloActivityExclusiveChoice(new Orders(placed)))
      .receiver(HelloAsync.class, () -> new HelloAsync(greetings))
      .receiver(HelloParallelActivity.class, () -> new HelloParallelActivity(greetings))
      .restartingAtEverySuspension();

  @Test
  void aSwitchChoosesTheActivity() {
    Resumer.on(kit.engine()).startOrderFruit("fruit", List.of(Fruit.CHERRY, Fruit.APPLE));

    kit.assertThat("fruit").isCompletedWith(List.of("ordered 10 cherries", "ordered 5 apples"));
    assertEquals(List.of("cherries 10", "apples 5"), placed);
  }

  @Test
  void twoActivitiesStartedAtOnceAreBothJoined() {
    Resumer.on(kit.engine()).startGreetTwice("async", "World");
    // A branch that begins with a step runs it in the background, as the timer sweep finds it.
    kit.advance(Duration.ZERO);

    kit.assertThat("async").isCompletedWith("Hello World!\nBye World!");
    assertEquals(Set.of("Hello World", "Bye World"), Set.copyOf(greetings.calls));
  }

  @Test
  void oneActivityPerItemAndTheResultsInTheOrderOfTheItems() {
    Resumer.on(kit.engine()).startGreetEveryone("parallel", List.of("Ann", "Bob", "Cy"));
    kit.advance(Duration.ZERO);

    kit.assertThat("parallel").isCompletedWith(List.of("Hello Ann!", "Hello Bob!", "Hello Cy!"));
  }
}
