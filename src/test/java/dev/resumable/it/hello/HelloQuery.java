package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.Resumable;
import dev.resumable.Workflow;
import java.time.Duration;

/** HelloQuery: the outside world reads the greeting while the workflow is still running. */
public class HelloQuery {

  @Resumable
  public String greetInTwoLanguages(String name) {
    Workflow.expose("greeting", String.class, "Hello " + name + "!");
    Await.sleep(Duration.ofHours(1));
    Workflow.expose("greeting", String.class, "Bye " + name + "!");
    return "done";
  }
}
