package dev.resumable;

import dev.resumable.proto.InstanceRecord;
import java.util.ArrayDeque;

/**
 * Instances that ended during the current call on this thread with something left to settle (a
 * parent to tell, branches to cancel). Noted when their commit returns, settled once the call has
 * let go of its instance's lock (see {@link BranchSettler}).
 */
final class EndedInstances {

  private final ThreadLocal<ArrayDeque<String>> ended = ThreadLocal.withInitial(ArrayDeque::new);

  /** Notes what {@code changes}, just committed, ended with something to settle. */
  void noteCommitted(StepChanges changes) {
    changes.written().forEach(this::noteIfEnded);
    changes.toSettle().forEach(this::note);
  }

  /**
   * Notes {@code record}, just committed, for settling if it ended with something to settle, or
   * has cancelled branches that are yet to be cancelled.
   */
  void noteIfEnded(InstanceRecord record) {
    if (record.getStatus() != dev.resumable.proto.Status.WAITING
        && record.getSettlementPending() || record.getBranchesToCancelCount() > 0) {
      note(record.getId());
    }
  }

  void note(String id) {
    ended.get().add(id);
  }

  /** This thread's queue; whoever settles takes from it until it is empty. */
  ArrayDeque<String> queue() {
    return ended.get();
  }
}
