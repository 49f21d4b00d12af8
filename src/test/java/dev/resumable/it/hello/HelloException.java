package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.Branch;
import dev.resumable.Resumable;
import dev.resumable.Step;
import java.io.IOException;

/**
 * HelloException: an activity's exception reaches the child that called it and, through the
 * join, the parent, as the class it is, where ordinary try/catch handles it.
 */
public class HelloException {

  /** A service that is never reachable. */
  public static class Unreachable {
    @Step(maxAttempts = 2, initialBackoff = "PT1S")
    public String call(String name) throws IOException {
      throw new IOException("host of " + name + " not found");
    }
  }

  final Unreachable service;

  public HelloException(Unreachable service) {
    this.service = service;
  }

  @Resumable
  public String parentOfFailure(String name) {
    Branch<String> child = Await.branch(childThatFails(name));
    try {
      return Await.join(child);
    } catch (IllegalStateException e) {
      return "caught " + e.getMessage() + ", caused by " + e.getCause();
    }
  }

  @Resumable
  public String childThatFails(String name) {
    try {
      return service.call(name);
    } catch (IOException e) {
      throw new IllegalStateException("the child could not greet " + name, e);
    }
  }
}
