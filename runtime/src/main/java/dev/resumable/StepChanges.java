package dev.resumable;

import dev.resumable.proto.InstanceRecord;
import dev.resumable.query.AttributeValue;
import dev.resumable.store.ChangeSet;
import dev.resumable.store.RecordIndex;
import dev.resumable.store.StoredInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything one step writes — the instance itself, the branches it starts (and theirs), a branch
 * it adopts — gathered so that the store commits it at once or not at all. A branch can then
 * never be stored for a parent whose own write was refused.
 */
final class StepChanges {

  private final ChangeSet.Builder changes = ChangeSet.builder();
  private final List<InstanceRecord> written = new ArrayList<>();
  private final List<String> toSettle = new ArrayList<>();

  void insert(InstanceRecord record, Map<String, AttributeValue> attributesSet) {
    changes.insert(stored(record, attributesSet));
    written.add(record);
  }

  void update(InstanceRecord record, long expectedRevision) {
    update(record, expectedRevision, Map.of());
  }

  /** With the search attributes the step set. */
  void update(InstanceRecord record, long expectedRevision,
      Map<String, AttributeValue> attributesSet) {
    changes.update(stored(record, attributesSet), expectedRevision);
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
    return stored(record, Map.of());
  }

  /** {@code record} with what queries find it by, and the search attributes its step set. */
  static StoredInstance stored(InstanceRecord record, Map<String, AttributeValue> attributes) {
    return new StoredInstance(record.getId(), record.getEntryMethod(), record.getStatus().name(),
        record.getRevision(), record.toByteArray(), InstanceRecords.due(record),
        InstanceRecords.waitKey(record), RecordIndex.of(record, attributes));
  }
}
