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

  private final Store store;
  private final StoredRecordChecker checker;
  private final EndedInstances ended;

  InstanceStore(Store store, StoredRecordChecker checker, EndedInstances ended) {
    this.store = store;
    this.checker = checker;
    this.ended = ended;
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
  }

  /** Commits {@code changes} at once, then notes what ended in them for settling. */
  void commit(StepChanges changes) {
    store.commit(changes.changeSet());
    ended.noteCommitted(changes);
  }

  /** Notes what ended in {@code changes}, which were committed another way, for settling. */
  void noteCommitted(StepChanges changes) {
    ended.noteCommitted(changes);
  }
}
