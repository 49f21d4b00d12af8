package dev.resumable.it.debug;

import dev.resumable.Await;
import dev.resumable.Resumable;

/** A workflow to debug: the test sets breakpoints on the lines that the comments name. */
public class Greeter {

  @Resumable
  public static String greet(String name) {
    String greeting = "hello " + name; // breakpoint: before the wait
    String reply = Await.event("reply", String.class);
    String answer = greeting + ", " + reply; // breakpoint: after the wait
    return answer;
  }
}
