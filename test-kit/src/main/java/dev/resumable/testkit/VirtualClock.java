package dev.resumable.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The kit's clock. It stands still until the kit moves it, so a timer fires when a test advances
 * time and never because the test ran slowly. It outlives restarts, as real time does.
 */
final class VirtualClock extends Clock {

  // Shared with the views withZone returns, so that all of them show the same moment.
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  VirtualClock(Instant start) {
    this(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  private VirtualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Moves the clock to {@code moment}; time never goes back. */
  void moveTo(Instant moment) {
    Instant current = now.get();
    if (moment.isBefore(current)) {
      throw new IllegalArgumentException("the clock stands at " + current + " and cannot go back"
          + " to " + moment);
    }
    now.set(moment);
  }

  /** Sets the clock back to where a test begins; the same object, so captured clocks follow. */
  void resetTo(Instant start) {
    now.set(start);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new VirtualClock(now, zone);
  }

  @Override
  public String toString() {
    return "VirtualClock[" + now.get() + "]";
  }
}
