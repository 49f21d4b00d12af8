package dev.resumable.testkit;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** A report that notes when it starts, then takes a while: the run of a schedule. */
public class Reports {

  /** Outside the receiver, so that it outlives restarts. */
  final List<String> started;
  final Clock clock;

  public Reports(List<String> started, Clock clock) {
    this.started = started;
    this.clock = clock;
  }

  @Resumable
  public String report(String name, Duration takes) {
    started.add(name + " at " + clock.instant());
    Await.sleep(takes);
    return name + " done";
  }
}
