package dev.resumable.bench.tenevents;

import dev.resumable.Await;
import dev.resumable.Resumable;

/** A workflow of ten event waits, the unit of P8's end-to-end throughput. */
public class TenEvents {

  public static final int EVENTS = 10;

  /** Adds up ten "item" events, each awaited in turn. */
  @Resumable
  public int sum() {
    int sum = 0;
    for (int i = 0; i < EVENTS; i++) {
      sum += Await.event("item", Integer.class);
    }
    return sum;
  }
}
