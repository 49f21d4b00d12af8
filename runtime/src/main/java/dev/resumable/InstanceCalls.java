package dev.resumable;

import java.util.function.Supplier;

/**
 * Runs a call on one instance: while the engine is open, holding the instance ({@link
 * InstanceHolds}: against other threads and other processes, retried if it lost anyway), and then
 * settles what ended meanwhile (outside the lock, since settling takes other instances' locks).
 * If settling moved the instance on, as a parent whose branches ended at once is, the outcome
 * reported is the one it has now.
 */
final class InstanceCalls {

  private final CallGate gate;
  private final InstanceHolds holds;
  private final BranchSettler settler;
  private final InstanceStore instances;
  private final InstanceRecords records;

  InstanceCalls(CallGate gate, InstanceHolds holds, BranchSettler settler,
      InstanceStore instances, InstanceRecords records) {
    this.gate = gate;
    this.holds = holds;
    this.settler = settler;
    this.instances = instances;
    this.records = records;
  }

  Outcome<?> on(String id, Supplier<Outcome<?>> call) {
    return gate.whileOpen(() -> {
      Outcome<?> outcome = holds.on(id, call);
      return settler.settleEnded().any() ? records.outcome(instances.read(id), null) : outcome;
    });
  }
}
