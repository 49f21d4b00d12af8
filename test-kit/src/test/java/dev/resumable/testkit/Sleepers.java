package dev.resumable.testkit;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Timers that set the next timer when they fire. */
public class Sleepers {

  /** Outside the receiver, so that it outlives restarts, as an external system would. */
  final List<String> wakes;
  final Clock clock;

  public Sleepers(List<String> wakes, Clock clock) {
    this.wakes = wakes;
    this.clock = clock;
  }

  /** Sleeps {@code interval} {@code times} times, noting the moment of every wake. */
  @Resumable
  public int repeat(String name, Duration interval, int times) {
    for (int wake = 1; wake <= times; wake++) {
      Await.sleep(interval);
      wakes.add(name + " " + wake + " at " + clock.instant());
    }
    return times;
  }
}
