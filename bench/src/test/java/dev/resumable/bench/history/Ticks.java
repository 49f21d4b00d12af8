package dev.resumable.bench.history;

import dev.resumable.Await;
import dev.resumable.Resumable;

/** A workflow that waits for ticks for as long as they come: its history only ever grows. */
public class Ticks {

  /** Counts "tick" events until one carries a negative number. */
  @Resumable
  public long count() {
    long ticks = 0;
    int tick = Await.event("tick", Integer.class);
    while (tick >= 0) {
      ticks++;
      tick = Await.event("tick", Integer.class);
    }
    return ticks;
  }
}
