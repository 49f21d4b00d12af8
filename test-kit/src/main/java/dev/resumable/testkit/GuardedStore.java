package dev.resumable.testkit;

import dev.resumable.Schedules;
import dev.resumable.query.AttributeValue;
import dev.resumable.query.InstanceCounts;
import dev.resumable.query.InstancePage;
import dev.resumable.query.InstanceQuery;
import dev.resumable.store.ChangeSet;
import dev.resumable.store.InstanceSummary;
import dev.resumable.store.Store;
import dev.resumable.store.StoredInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store as one engine of the kit sees it. It counts the steps the engine stores, refuses
 * every use once the engine has been dropped (with the fix, instead of H2's "closed"), and, when
 * the kit restarts at every suspension, lets each engine make one call that stores: an engine
 * kept across steps would carry objects from one step into the next, which is what that mode
 * rules out. One step commits several instances at once (itself and the branches it starts).
 */
final class GuardedStore implements Store {

  private final Store delegate;
  private final boolean oneStepPerEngine;
  private int steps;
  private boolean callEndedAfterStep;
  private String droppedBecause;

  GuardedStore(Store delegate, boolean oneStepPerEngine) {
    this.delegate = delegate;
    this.oneStepPerEngine = oneStepPerEngine;
  }

  /** How many changes this engine has committed. */
  synchronized int steps() {
    return steps;
  }

  /** The engine's hook after each call: a call that stored something used up the engine. */
  synchronized void callEnded() {
    if (steps > 0) {
      callEndedAfterStep = true;
    }
  }

  synchronized boolean isDropped() {
    return droppedBecause != null;
  }

  /** Closes the underlying store; later calls fail with {@code reason} and what to do. */
  synchronized void drop(String reason) {
    if (droppedBecause == null) {
      droppedBecause = reason;
      delegate.close();
    }
  }

  @Override
  public synchronized Optional<StoredInstance> load(String id) {
    requireLive();
    return delegate.load(id);
  }

  @Override
  public synchronized void commit(ChangeSet changes) {
    requireLive();
    if (!changes.isEmpty()) {
      requireStepAllowed(changes.ids().get(0));
    }
    delegate.commit(changes);
    steps++;
  }

  @Override
  public synchronized void commitWith(dev.resumable.store.TransactionalWork work) {
    requireLive();
    delegate.commitWith(connection -> {
      ChangeSet changes = work.run(connection);
      if (changes != null && !changes.isEmpty()) {
        requireStepAllowed(changes.ids().get(0));
      }
      return changes;
    });
    steps++;
  }

  @Override
  public synchronized List<String> claimDue(Instant now, int limit, String owner,
      Duration lease) {
    requireLive();
    if (!oneStepPerEngine) {
      return delegate.claimDue(now, limit, owner, lease);
    }
    // The engine fires what this returns, then asks again until it gets nothing: handing out one
    // timer per engine makes the kit restart between two firings, even of timers due together.
    return steps > 0 ? new ArrayList<>() : delegate.claimDue(now, 1, owner, lease);
  }

  @Override
  public synchronized void releaseClaim(String id, String owner) {
    requireLive();
    delegate.releaseClaim(id, owner);
  }

  @Override
  public synchronized List<InstanceSummary> list(String status, String afterId, int limit) {
    requireLive();
    return delegate.list(status, afterId, limit);
  }

  @Override
  public synchronized boolean delete(String id) {
    requireLive();
    return delegate.delete(id);
  }

  @Override
  public synchronized InstancePage query(InstanceQuery query) {
    requireLive();
    return delegate.query(query);
  }

  @Override
  public synchronized InstanceCounts count(InstanceQuery query) {
    requireLive();
    return delegate.count(query);
  }

  @Override
  public synchronized Map<String, AttributeValue> attributes(String id) {
    requireLive();
    return delegate.attributes(id);
  }

  @Override
  public synchronized int deleteFinished(Instant writtenBefore, int limit) {
    requireLive();
    return delegate.deleteFinished(writtenBefore, limit);
  }

  @Override
  public synchronized List<String> waitingFor(String waitKey) {
    requireLive();
    return delegate.waitingFor(waitKey);
  }

  @Override
  public synchronized Optional<Instant> nextDue() {
    requireLive();
    return delegate.nextDue();
  }

  /** Called by {@code Engine.close()}: the test closed an engine the kit handed out. */
  @Override
  public void close() {
    drop("it was closed; the kit closes its engines itself, so there is no need to");
  }

  private void requireLive() {
    if (droppedBecause != null) {
      throw new IllegalStateException("this engine of the test kit cannot be used any more: "
          + droppedBecause + ". Take the current engine from the kit for every call, e.g."
          + " Resumer.on(kit.engine()).resume(...), instead of keeping one in a variable");
    }
  }

  private void requireStepAllowed(String id) {
    // A schedule's firing stores its run, then moves the schedule on: the run is the step.
    if (oneStepPerEngine && callEndedAfterStep && !id.startsWith(Schedules.ROW_PREFIX)) {
      throw new IllegalStateException("the test kit restarts at every suspension, and this"
          + " engine has already stored a step; instance \"" + id + "\" was not changed. Take a"
          + " fresh engine for every call: Resumer.on(kit.engine()).resume(...), not a Resumer"
          + " kept in a variable");
    }
  }

  @Override
  public String toString() {
    return "GuardedStore[" + delegate + "]";
  }
}
