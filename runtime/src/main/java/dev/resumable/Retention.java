package dev.resumable;

import dev.resumable.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes the instances that ended longer ago than the retention period, in batches, so that a
 * store of finished work does not grow forever. Only what has nothing left to settle is deleted
 * (see {@link Store#deleteFinished}): an ended branch still to tell its parent, or an ended parent
 * still to cancel its branches, stays until that is done.
 */
final class Retention {

  /** Instances deleted per transaction: small enough to keep each commit short. */
  static final int BATCH = 500;

  private final Store store;
  private final Clock clock;
  private final Duration keep;
  private final Duration every;
  private Instant nextSweep;

  /** {@code keep} null: no retention, nothing is ever deleted by itself. */
  Retention(Store store, Clock clock, Duration keep) {
    this.store = store;
    this.clock = clock;
    this.keep = keep;
    // Often enough that little piles up, rarely enough that the delete query costs nothing.
    this.every = keep == null ? null
        : keep.compareTo(Duration.ofMinutes(1)) < 0 ? keep : Duration.ofMinutes(1);
  }

  /** Deletes what has outlived the retention period now; returns how many. */
  int sweep() {
    if (keep == null) {
      return 0;
    }
    Instant before = clock.instant().minus(keep);
    int deleted = 0;
    for (int batch = BATCH; batch == BATCH; deleted += batch) {
      batch = store.deleteFinished(before, BATCH);
    }
    return deleted;
  }

  /** {@link #sweep()} if the last one by the timer thread was long enough ago. */
  synchronized void sweepIfDue() {
    if (keep == null) {
      return;
    }
    Instant now = clock.instant();
    if (nextSweep == null || !now.isBefore(nextSweep)) {
      nextSweep = now.plus(every);
      sweep();
    }
  }
}
