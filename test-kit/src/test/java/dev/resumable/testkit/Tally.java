package dev.resumable.testkit;

import dev.resumable.Await;
import dev.resumable.Resumable;

/** Keeps a count in a receiver field across a wait: fine as plain Java, lost at a restart. */
public class Tally {

  int visits;

  @Resumable
  public int countVisits() {
    visits++;
    Await.event("next", String.class);
    visits++;
    return visits;
  }
}
