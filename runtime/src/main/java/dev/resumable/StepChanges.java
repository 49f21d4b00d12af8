package dev.resumable;

import dev.resumable.proto.InstanceRecord;
import dev.resumable.store.ChangeSet;
import dev.resumable.store.StoredInstance;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one step writes — the instance itself, the branches it starts (and theirs), a branch
 * it adopts — gathered so that the store commits it at once or not at all. A branch can then
 * never be stored for a parent whose own write was refused.
 */
final class StepChanges {

  private final ChangeSet.Builder changes = ChangeSet.builder();
  private final List<InstanceRecord> written = new ArrayList<>();
  private final List<String> toSettle = new ArrayList<>();

  void insert(InstanceRecord record) {
    changes.insert(stored(record));
    written.add(record);
  }

  void update(InstanceRecord record, long expectedRevision) {
    changes.update(stored(record), expectedRevision);
    written.add(record);
  }

  /** An ended instance to settle once this change set has committed. */
  void settleAfterCommit(String id) {
    toSettle.add(id);
  }

  ChangeSet changeSet() {
    return changes.build();
  }

  /** The records written, in the order they were added. */
  List<InstanceRecord> written() {
    return written;
  }

  List<String> toSettle() {
    return toSettle;
  }

  static StoredInstance stored(InstanceRecord record) {
    return new StoredInstance(record.getId(), record.getEntryMethod(), record.getStatus().name(),
        record.getRevision(), record.toByteArray(), InstanceRecords.due(record),
        InstanceRecords.waitKey(record));
  }
}
