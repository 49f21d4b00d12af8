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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
  private final WorkerPool workers;
  /** Who claims: this engine, unlike any other on the store. */
  private final String owner = "engine-" + UUID.randomUUID();

  TimerSweep(Store store, Clock clock, Quarantine quarantine, Duration lease,
      WorkerPool workers) {
    this.store = store;
    this.workers = workers;
    this.clock = clock;
    this.quarantine = quarantine;
    this.lease = lease;
  }

  /**
   * Fires what is due; returns how many fired. {@code fire} fires one instance (false if it no
   * longer waits for a due timer) and commits, which clears the claim; {@code unsettled} settles
   * what that ended and gives the instances whose settling failed, already reported. The
   * instances of a page fire at once on the engine's worker threads, each on one thread from
   * firing to settling: they are different instances, so that their durable steps (a branch's
   * step, due as it starts) run side by side, while no instance runs on two threads.
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
        List<CompletableFuture<Fired>> firing = new ArrayList<>();
        for (String id : due) {
          if (!tried.add(id)) {
            stillClaimed.add(id); // it failed to settle earlier in this pass
          } else {
            firing.add(workers.submit(() -> fireOne(id, fire, unsettled)));
          }
        }
        for (CompletableFuture<Fired> one : firing) {
          Fired result = joined(one);
          fired += result.fired() ? 1 : 0;
          if (!result.fired()) {
            stillClaimed.add(result.id());
          }
          tried.addAll(result.unsettled());
        }
      }
    } finally {
      stillClaimed.forEach(this::release);
    }
  }

  /** The result, or what the firing thread threw (an Error: fireOne keeps the rest). */
  private static Fired joined(CompletableFuture<Fired> one) {
    try {
      return one.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** What firing one instance did: whether it fired, and what failed to settle after it. */
  private record Fired(String id, boolean fired, Set<String> unsettled) {}

  private Fired fireOne(String id, Predicate<String> fire, Supplier<Set<String>> unsettled) {
    boolean fired = false;
    try {
      fired = fire.test(id);
      quarantine.release(id);
    } catch (RuntimeException e) {
      quarantine.hold(id, revisionOf(id), e);
    }
    return new Fired(id, fired, unsettled.get());
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
