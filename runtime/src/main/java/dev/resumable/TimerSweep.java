package dev.resumable;

import dev.resumable.store.Store;
import dev.resumable.store.StoredInstance;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One pass over the due timers, earliest first, a page at a time. Each page is claimed for this
 * engine (see {@link Store#claimDue}), so that engines sharing the store fire different timers and
 * a timer fires once. Every instance is tried at most once per pass, and one that cannot be fired
 * (unreadable, refused by this build, failing to settle) is put in quarantine and paged past:
 * however many of the earliest fail, the timers due after them still fire. Its claim is kept until
 * the pass ends, which is what pages past it, and then given up so the next pass tries again.
 */
final class TimerSweep {

  private static final int PAGE = 64;

  private final Store store;
  private final Clock clock;
  private final Quarantine quarantine;
  private final Duration lease;
  /** Who claims: this engine, unlike any other on the store. */
  private final String owner = "engine-" + UUID.randomUUID();

  TimerSweep(Store store, Clock clock, Quarantine quarantine, Duration lease) {
    this.store = store;
    this.clock = clock;
    this.quarantine = quarantine;
    this.lease = lease;
  }

  /**
   * Fires what is due; returns how many fired. {@code fire} fires one instance (false if it no
   * longer waits for a due timer) and commits, which clears the claim; {@code unsettled} gives the
   * instances whose settling failed since it was last asked, already reported.
   */
  int run(Predicate<String> fire, Supplier<Set<String>> unsettled) {
    int fired = 0;
    Set<String> tried = new HashSet<>();
    List<String> stillClaimed = new ArrayList<>();
    try {
      while (true) {
        List<String> due = store.claimDue(clock.instant(), PAGE, owner, lease);
        if (due.isEmpty()) {
          return fired;
        }
        for (String id : due) {
          if (!tried.add(id)) {
            stillClaimed.add(id); // it failed to settle earlier in this pass
            continue;
          }
          try {
            if (fire.test(id)) {
              fired++;
            } else {
              stillClaimed.add(id);
            }
            quarantine.release(id);
          } catch (RuntimeException e) {
            stillClaimed.add(id);
            quarantine.hold(id, revisionOf(id), e);
          }
          tried.addAll(unsettled.get());
        }
      }
    } finally {
      stillClaimed.forEach(this::release);
    }
  }

  /** Gives up a claim that no commit cleared; if that fails, the lease ends it. */
  private void release(String id) {
    try {
      store.releaseClaim(id, owner);
    } catch (RuntimeException e) {
      // Nothing lost: the claim expires with its lease.
    }
  }

  private long revisionOf(String id) {
    try {
      return store.load(id).map(StoredInstance::revision).orElse(-1L);
    } catch (RuntimeException e) {
      return -1L;
    }
  }
}
