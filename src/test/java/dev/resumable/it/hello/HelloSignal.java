package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.Fired;
import dev.resumable.Resumable;
import dev.resumable.Wait;
import java.util.ArrayList;
import java.util.List;

/** HelloSignal: names arrive as signals until an exit signal; then everyone is greeted. */
public class HelloSignal {

  @Resumable
  public List<String> greetEveryoneSignalled() {
    List<String> greetings = new ArrayList<>();
    while (true) {
      Fired next = Await.first(Wait.event("name", String.class), Wait.event("exit", Boolean.class));
      if (next.is("exit")) {
        return greetings;
      }
      greetings.add("Hello " + next.value(String.class) + "!");
    }
  }
}
