package dev.resumable;

import java.util.function.Supplier;

/**
 * Runs a call on one instance: while the engine is open, under the instance's lock, and then
 * settles what ended meanwhile (outside the lock, since settling takes other instances' locks).
 * If settling moved the instance on, as a parent whose branches ended at once is, the outcome
 * reported is the one it has now.
 */
final class InstanceCalls {

  private final CallGate gate;
  private final InstanceLocks locks;
  private final BranchSettler settler;
  private final InstanceStore instances;
  private final InstanceRecords records;

  InstanceCalls(CallGate gate, InstanceLocks locks, BranchSettler settler,
      InstanceStore instances, InstanceRecords records) {
    this.gate = gate;
    this.locks = locks;
    this.settler = settler;
    this.instances = instances;
    this.records = records;
  }

  Outcome<?> on(String id, Supplier<Outcome<?>> call) {
    return gate.whileOpen(() -> {
      Outcome<?> outcome;
      synchronized (locks.lockFor(id)) {
        outcome = call.get();
      }
      return settler.settleEnded().any() ? records.outcome(instances.read(id), null) : outcome;
    });
  }
}
