package dev.resumable.it.hello;

import dev.resumable.Resumable;

/** HelloActivity: a workflow that calls one activity, a durable step run once. */
public class HelloActivity {

  final Greetings greetings;

  public HelloActivity(Greetings greetings) {
    this.greetings = greetings;
  }

  @Resumable
  public String getGreeting(String name) {
    return greetings.composeGreeting("Hello", name);
  }
}
