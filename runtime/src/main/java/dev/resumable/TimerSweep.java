package dev.resumable;

import dev.resumable.store.Store;
import dev.resumable.store.StoredInstance;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One pass over the due timers, earliest first, a page at a time. Every instance is tried at most
 * once per pass, and one that cannot be fired (unreadable, refused by this build, failing to
 * settle) is put in quarantine and paged past: however many of the earliest fail, the timers due
 * after them still fire.
 */
final class TimerSweep {

  private static final int PAGE = 64;

  private final Store store;
  private final Clock clock;
  private final Quarantine quarantine;

  TimerSweep(Store store, Clock clock, Quarantine quarantine) {
    this.store = store;
    this.clock = clock;
    this.quarantine = quarantine;
  }

  /**
   * Fires what is due; returns how many fired. {@code fire} fires one instance (false if it no
   * longer waits for a due timer); {@code unsettled} gives the instances whose settling failed
   * since it was last asked, already reported.
   */
  int run(Predicate<String> fire, Supplier<Set<String>> unsettled) {
    int fired = 0;
    Set<String> tried = new HashSet<>();
    while (true) {
      // Those tried and still due come back first; asking for as many more finds the rest.
      List<String> due = new ArrayList<>(store.due(clock.instant(), PAGE + tried.size()));
      due.removeAll(tried);
      if (due.isEmpty()) {
        return fired;
      }
      for (String id : due) {
        tried.add(id);
        try {
          if (fire.test(id)) {
            fired++;
          }
          quarantine.release(id);
        } catch (RuntimeException e) {
          quarantine.hold(id, revisionOf(id), e);
        }
        tried.addAll(unsettled.get());
      }
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
