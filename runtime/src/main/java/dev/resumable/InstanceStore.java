package dev.resumable;

import dev.resumable.proto.InstanceRecord;
import dev.resumable.store.Store;
import dev.resumable.store.StoredInstance;
import java.util.Optional;

/**
 * Instance records in and out of the store: a record read is trusted only once checked, and a
 * record written is a compare-and-set on its revision, or part of a step's change set.
 */
final class InstanceStore {

  /** Commits made on each thread, for a caller to see whether a call committed anything. */
  private static final ThreadLocal<long[]> COMMITS = ThreadLocal.withInitial(() -> new long[1]);

  private final Store store;
  private final StoredRecordChecker checker;
  private final EndedInstances ended;
  private final Listeners listeners;

  InstanceStore(Store store, StoredRecordChecker checker, EndedInstances ended,
      Listeners listeners) {
    this.store = store;
    this.checker = checker;
    this.ended = ended;
    this.listeners = listeners;
  }

  /** How many commits this thread made so far, through any engine. */
  static long commitsOnThisThread() {
    return COMMITS.get()[0];
  }

  Store store() {
    return store;
  }

  /** The checked record of {@code id}; throws {@link NoSuchInstanceException} if there is none. */
  InstanceRecord read(String id) {
    return decode(store.load(id).orElseThrow(() -> new NoSuchInstanceException(id)));
  }

  /** The checked record of {@code id}, if there is one. */
  Optional<InstanceRecord> find(String id) {
    return store.load(id).map(this::decode);
  }

  /** The record of {@code id}, which must still wait. */
  InstanceRecord readWaiting(String id) {
    InstanceRecord record = read(id);
    Status status = InstanceRecords.status(record);
    if (status != Status.WAITING) {
      throw new InstanceFinishedException(id, status);
    }
    if (record.getWait().hasSchedule()) {
      throw new InstanceStateException("\"" + id + "\" is a schedule, not an instance: it takes"
          + " no events and no cancellation; pause, resume or delete it through"
          + " engine.schedules(); nothing was changed");
    }
    return record;
  }

  /** The record stored in {@code stored}, trusted only once checked. */
  InstanceRecord decode(StoredInstance stored) {
    return checker.read(stored);
  }

  /** Writes {@code next} alone, provided the stored revision is still {@code expectedRevision}. */
  void update(InstanceRecord next, long expectedRevision) {
    store.update(StepChanges.stored(next), expectedRevision);
    COMMITS.get()[0]++;
  }

  /**
   * Commits {@code changes} at once, then notes what ended in them for settling and tells the
   * listeners: every step of every instance commits here.
   */
  void commit(StepChanges changes) {
    try {
      store.commit(changes.changeSet());
    } catch (RuntimeException e) {
      listeners.refused(changes, changes.beganNanos());
      throw e;
    }
    COMMITS.get()[0]++;
    ended.noteCommitted(changes);
    listeners.committed(changes, changes.beganNanos());
  }

  /**
   * Notes what ended in {@code changes}, which were committed another way (with a transactional
   * step's own writes), for settling, and tells the listeners.
   */
  void noteCommitted(StepChanges changes) {
    COMMITS.get()[0]++;
    ended.noteCommitted(changes);
    listeners.committed(changes, changes.beganNanos());
  }
}
