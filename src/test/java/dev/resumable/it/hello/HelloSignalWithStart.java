package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.Fired;
import dev.resumable.Resumable;
import dev.resumable.Wait;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * HelloSignalWithStartAndWorkflowInit and HelloSignalWithTimer: the first signal starts the
 * workflow; it collects signals until none came for an hour.
 */
public class HelloSignalWithStart {

  @Resumable
  public List<String> collectUntilQuiet(String owner) {
    List<String> collected = new ArrayList<>();
    while (true) {
      Fired next = Await.first(Wait.event("item", String.class),
          Wait.timeout(Duration.ofHours(1)));
      if (next.timedOut()) {
        return collected;
      }
      collected.add(next.value(String.class));
    }
  }
}
