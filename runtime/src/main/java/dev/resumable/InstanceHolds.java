package dev.resumable;

import dev.resumable.store.RevisionConflictException;
import dev.resumable.store.Store;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where a call on one instance is kept apart from every other call on it: first by this JVM's
 * {@link InstanceLocks}, then by the store's {@link Store#hold hold} against other processes,
 * from loading the instance to committing its step. A call that still loses at commit (a store
 * that holds nothing, another process that did not hold) is run again from the stored state, if
 * nothing of it was committed yet, up to {@value #ATTEMPTS} times; then the conflict is thrown.
 */
final class InstanceHolds {

  static final int ATTEMPTS = 5;

  private final InstanceLocks locks;
  private final Store store;
  /** The instances this thread holds: a call nested in another on the same id holds it once. */
  private final ThreadLocal<Set<String>> held = ThreadLocal.withInitial(HashSet::new);

  InstanceHolds(InstanceLocks locks, Store store) {
    this.locks = locks;
    this.store = store;
  }

  /** Runs {@code call}, which loads what it needs of instance {@code id} itself, holding it. */
  <T> T on(String id, Supplier<T> call) {
    Set<String> mine = held.get();
    if (mine.contains(id)) {
      return call.get();
    }
    synchronized (locks.lockFor(id)) {
      mine.add(id);
      try (Store.Hold hold = store.hold(id)) {
        return retried(id, call);
      } finally {
        mine.remove(id);
      }
    }
  }

  /** {@link #on(String, Supplier)} for a call without a result. */
  void on(String id, Runnable call) {
    on(id, () -> {
      call.run();
      return null;
    });
  }

  /**
   * Runs {@code call} again while it loses a conflict on {@code id} itself before it committed
   * anything: it loads the instance anew each time, so it runs from what the winner stored.
   * After a commit of the call, running it again would apply its input twice; so would a
   * conflict on another instance (a branch), which the call did not load: both are thrown.
   */
  private static <T> T retried(String id, Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      long commitsBefore = InstanceStore.commitsOnThisThread();
      try {
        return call.get();
      } catch (RevisionConflictException e) {
        if (!e.id().equals(id) || InstanceStore.commitsOnThisThread() != commitsBefore) {
          throw e;
        }
        if (attempt == ATTEMPTS) {
          throw new RevisionConflictException(e, attempt);
        }
      }
    }
  }
}
