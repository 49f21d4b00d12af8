package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.Branch;
import dev.resumable.Resumable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * HelloCancellationScope: the same greeting asked of several services at once; the first answer
 * wins and the others are cancelled.
 */
public class HelloCancellationScope {

  final Greetings greetings;

  public HelloCancellationScope(Greetings greetings) {
    this.greetings = greetings;
  }

  @Resumable
  public String fastestGreeting(String name) {
    List<Branch<String>> asked = new ArrayList<>();
    for (String greeting : List.of("Hello", "Bonjour", "Hola")) {
      asked.add(Await.branch(slowGreeting(greeting, name, greeting.length())));
    }
    String first = Await.joinAny(asked);
    asked.forEach(Branch::cancel);
    return first;
  }

  /** A service that answers after {@code seconds}. */
  @Resumable
  public String slowGreeting(String greeting, String name, int seconds) {
    Await.sleep(Duration.ofSeconds(seconds));
    return greetings.composeGreeting(greeting, name);
  }
}
