package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.Resumable;

/** HelloAwait: the workflow blocks until a signal has given it the name it needs. */
public class HelloAwait {

  @Resumable
  public String greetWhenNamed() {
    String name = Await.event("name", String.class);
    return "Hello " + name + "!";
  }
}
