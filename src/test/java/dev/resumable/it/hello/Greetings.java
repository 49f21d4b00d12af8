package dev.resumable.it.hello;

import dev.resumable.Step;
import dev.resumable.Workflow;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The activities of the samples, as durable steps: a greeting service that logs every call,
 * outside every engine, as the real service would.
 */
public class Greetings {

  final List<String> calls = new CopyOnWriteArrayList<>();
  /** How many more calls of {@link #flakyGreeting} fail before one succeeds. */
  final AtomicInteger failuresLeft = new AtomicInteger();

  @Step
  public String composeGreeting(String greeting, String name) {
    calls.add(greeting + " " + name);
    return greeting + " " + name + "!";
  }

  @Step(maxAttempts = 10, initialBackoff = "PT1S", backoffMultiplier = 2)
  public String flakyGreeting(String greeting, String name) throws IOException {
    calls.add("attempt " + Workflow.step().attempt());
    if (failuresLeft.getAndDecrement() > 0) {
      throw new IOException("the greeting service is down");
    }
    return greeting + " " + name + "!";
  }
}
