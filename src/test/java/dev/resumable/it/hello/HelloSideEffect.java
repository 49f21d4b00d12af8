package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.Resumable;
import dev.resumable.Step;
import java.util.UUID;

/**
 * HelloSideEffect: a value that must not change once chosen (a random id) comes from a step; its
 * committed result is what the workflow keeps using after every restart.
 */
public class HelloSideEffect {

  @Step
  public String newRequestId() {
    return UUID.randomUUID().toString();
  }

  @Resumable
  public String requestWithStableId() {
    String requestId = newRequestId();
    Await.event("continue", Boolean.class);
    return requestId;
  }
}
