package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.time.Duration;

/**
 * HelloPeriodic: work done at a fixed period, forever. The loop is just a loop: a stored instance
 * keeps only its live locals, never a history, so nothing needs continuing as new.
 */
public class HelloPeriodic {

  final Greetings greetings;

  public HelloPeriodic(Greetings greetings) {
    this.greetings = greetings;
  }

  @Resumable
  public int greetPeriodically(String name, int times) {
    int greeted = 0;
    while (greeted < times) {
      greetings.composeGreeting("Hello #" + (greeted + 1), name);
      greeted++;
      Await.sleep(Duration.ofMinutes(10));
    }
    return greeted;
  }
}
