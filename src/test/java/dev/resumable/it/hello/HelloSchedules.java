package dev.resumable.it.hello;

import dev.resumable.Resumable;

/**
 * HelloCron, HelloSchedules and HelloDelayedStart: a workflow started on a cron expression, on a
 * fixed interval, or once at a later time. The workflow itself is an ordinary method.
 */
public class HelloSchedules {

  final Greetings greetings;

  public HelloSchedules(Greetings greetings) {
    this.greetings = greetings;
  }

  @Resumable
  public String greetOnSchedule(String name) {
    return greetings.composeGreeting("Hello", name);
  }
}
