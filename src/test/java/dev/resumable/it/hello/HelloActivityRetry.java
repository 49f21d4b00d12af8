package dev.resumable.it.hello;

import dev.resumable.Resumable;
import java.io.IOException;

/** HelloActivityRetry: the activity fails three times; its policy retries it after backoffs. */
public class HelloActivityRetry {

  final Greetings greetings;

  public HelloActivityRetry(Greetings greetings) {
    this.greetings = greetings;
  }

  @Resumable
  public String getGreetingWithRetries(String name) throws IOException {
    return greetings.flakyGreeting("Hello", name);
  }
}
