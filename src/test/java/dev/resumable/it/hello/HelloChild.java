package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.Branch;
import dev.resumable.Resumable;

/** HelloChild: a parent workflow starts a child workflow and waits for its result. */
public class HelloChild {

  final Greetings greetings;

  public HelloChild(Greetings greetings) {
    this.greetings = greetings;
  }

  @Resumable
  public String parent(String name) {
    Branch<String> child = Await.branch(child("Hello", name));
    return "the child said: " + Await.join(child);
  }

  /** The child waits for its own approval before it greets. */
  @Resumable
  public String child(String greeting, String name) {
    Await.event("approved", Boolean.class);
    return greetings.composeGreeting(greeting, name);
  }
}
