package dev.resumable.it.hello;

import dev.resumable.Await;
import dev.resumable.CancelledException;
import dev.resumable.Resumable;
import dev.resumable.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * HelloDetachedCancellationScope: a cancelled workflow still runs its cleanup activity, and a
 * second cancel does not cut that cleanup short.
 */
public class HelloDetachedCancellationScope {

  /** The service whose reservation must be released however the workflow ends. */
  public static class Reservations {
    final List<String> log = new ArrayList<>();

    @Step
    public void release(String what) {
      log.add("released " + what);
    }
  }

  final Reservations reservations;

  public HelloDetachedCancellationScope(Reservations reservations) {
    this.reservations = reservations;
  }

  @Resumable
  public String holdUntilConfirmed(String seat) {
    try {
      return "confirmed " + Await.event("confirm", String.class);
    } catch (CancelledException e) {
      // The cleanup waits for the box office to acknowledge before it releases the seat.
      Await.event("acknowledged", Boolean.class);
      reservations.release(seat);
      throw e;
    }
  }
}
