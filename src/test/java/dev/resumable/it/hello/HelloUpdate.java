package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.Fired;
import dev.resumable.Resumable;
import dev.resumable.Wait;
import dev.resumable.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * HelloUpdate: callers add greetings and get back how many there are; a validator rejects bad
 * ones before the workflow sees them.
 */
public class HelloUpdate {

  @Resumable
  public List<String> collectGreetings() {
    List<String> greetings = new ArrayList<>();
    while (true) {
      Fired next = Await.first(Wait.event("addGreeting", String.class),
          Wait.event("exit", Boolean.class));
      if (next.is("exit")) {
        return greetings;
      }
      greetings.add(next.value(String.class));
      Workflow.answer(greetings.size());
    }
  }
}
