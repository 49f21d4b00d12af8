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
 *
 * <p>It also keeps, for the engine's listeners, when the step began and which of its records ran
 * workflow code: the new instances and the updated instance of the step itself, which is added
 * last (after the branches it starts). A branch adopted is written, but did not run.
 */
final class StepChanges {

  private final ChangeSet.Builder changes = ChangeSet.builder();
  private final List<InstanceRecord> written = new ArrayList<>();
  private final List<String> toSettle = new ArrayList<>();
  private final List<InstanceRecord> inserted = new ArrayList<>();
  private final List<InstanceRecord> ran = new ArrayList<>();
  private final long beganNanos = stepStart();

  /** When the step on this thread began, if {@link #stepBegins} said so; taken once. */
  private static final ThreadLocal<Long> STEP_BEGAN = new ThreadLocal<>();

  /**
   * Marks the start of a step on this thread, before its code runs: the change set made for it
   * afterwards times the step from here (one made without it, from its own creation).
   */
  static void stepBegins() {
    STEP_BEGAN.set(System.nanoTime());
  }

  private static long stepStart() {
    Long began = STEP_BEGAN.get();
    STEP_BEGAN.remove();
    return began != null ? began : System.nanoTime();
  }

  void insert(InstanceRecord record, Map<String, AttributeValue> attributesSet) {
    changes.insert(stored(record, attributesSet));
    written.add(record);
    inserted.add(record);
    ran.add(record);
  }

  /** A record that changes without running, such as a branch adopted. */
  void update(InstanceRecord record, long expectedRevision) {
    write(record, expectedRevision, Map.of());
  }

  /** The instance {@code record} after its step ran, with the search attributes it set. */
  void update(InstanceRecord record, long expectedRevision,
      Map<String, AttributeValue> attributesSet) {
    write(record, expectedRevision, attributesSet);
    ran.add(record);
  }

  private void write(InstanceRecord record, long expectedRevision,
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

  /** The new instances, branches included. */
  List<InstanceRecord> inserted() {
    return inserted;
  }

  /** The records that ran workflow code in this step. */
  List<InstanceRecord> ran() {
    return ran;
  }

  /** The instance whose step this is; null if nothing ran. */
  InstanceRecord stepped() {
    return ran.isEmpty() ? null : ran.get(ran.size() - 1);
  }

  /** When the step began, by {@link System#nanoTime()}. */
  long beganNanos() {
    return beganNanos;
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
