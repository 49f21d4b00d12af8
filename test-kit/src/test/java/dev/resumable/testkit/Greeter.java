package dev.resumable.testkit;

import dev.resumable.Await;
import dev.resumable.Resumable;

/** Workflows that wait for events, one or two frames deep, or fail after a wait. */
public class Greeter {

  /** Which object this is, so that a test can tell a receiver from its successor. */
  final int serial;

  public Greeter(int serial) {
    this.serial = serial;
  }

  @Resumable
  public String greet(String name) {
    String greeting = Await.event("greeting", String.class);
    return greeting + ", " + name + ", from greeter " + serial;
  }

  @Resumable
  public String introduce(String name) {
    String title = Await.event("title", String.class);
    return "this is " + formally(title, name);
  }

  @Resumable
  String formally(String title, String name) {
    String greeting = Await.event("greeting", String.class);
    return greeting + " " + title + " " + name;
  }

  @Resumable
  public int parse() {
    String text = Await.event("number", String.class);
    return Integer.parseInt(text);
  }
}
