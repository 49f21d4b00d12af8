package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.Branch;
import dev.resumable.Resumable;
import java.time.Duration;
import java.util.List;

/**
 * HelloWorkflowTimer and HelloCancellationScopeWithTimer: an activity races a timer; whichever
 * ends first decides, and the other is cancelled.
 */
public class HelloWorkflowTimer {

  final Greetings greetings;

  public HelloWorkflowTimer(Greetings greetings) {
    this.greetings = greetings;
  }

  @Resumable
  public String greetWithin(String name, int serviceSeconds, int limitSeconds) {
    Branch<String> service = Await.branch(answerAfter(name, serviceSeconds));
    Branch<String> timer = Await.branch(timeoutAfter(limitSeconds));
    List<Branch<String>> race = List.of(service, timer);
    String first = Await.joinAny(race);
    race.forEach(Branch::cancel);
    return first;
  }

  @Resumable
  public String answerAfter(String name, int seconds) {
    Await.sleep(Duration.ofSeconds(seconds));
    return greetings.composeGreeting("Hello", name);
  }

  @Resumable
  public String timeoutAfter(int seconds) {
    Await.sleep(Duration.ofSeconds(seconds));
    return "timed out after " + seconds + " s";
  }
}
