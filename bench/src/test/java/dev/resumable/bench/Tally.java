package dev.resumable.bench;

import dev.resumable.Await;
import dev.resumable.Resumable;

/** P2's instance: adds up ticks forever, suspending for each one. */
public final class Tally {

  private Tally() {}

  @Resumable
  public static long count() {
    long sum = 0;
    while (true) {
      sum += Await.event("tick", Integer.class);
    }
  }
}
