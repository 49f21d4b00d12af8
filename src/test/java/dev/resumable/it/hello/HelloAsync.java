package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.Branch;
import dev.resumable.Resumable;

/** HelloAsync: two activities started at once, each in a branch, and both results joined. */
public class HelloAsync {

  final Greetings greetings;

  public HelloAsync(Greetings greetings) {
    this.greetings = greetings;
  }

  @Resumable
  public String greetTwice(String name) {
    Branch<String> hello = Await.branch(greet("Hello", name));
    Branch<String> bye = Await.branch(greet("Bye", name));
    return Await.join(hello) + "\n" + Await.join(bye);
  }

  @Resumable
  public String greet(String greeting, String name) {
    return greetings.composeGreeting(greeting, name);
  }
}
