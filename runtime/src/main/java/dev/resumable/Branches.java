package dev.resumable;

import dev.resumable.machine.BranchOutcome;
import dev.resumable.machine.Branching;
import dev.resumable.machine.FrameType;
import dev.resumable.machine.Machine;
import dev.resumable.proto.InboxEvent;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.store.StoredInstance;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's side of branches: storing the branches a step started, and settling an instance
 * that ended — cancelling its branches still running and telling its parent how it ended.
 *
 * <p>Settling happens after the ended instance's commit, outside any instance's lock (it takes
 * the parent's and the branches' locks one at a time). Until it is done the ended instance stays
 * {@code settlement_pending} and due, so that after a crash the engine's timer sweep finishes it.
 * Each step is safe to repeat: the parent applies an outcome event id once, a finished branch is
 * not cancelled again, and the flag is cleared only on the revision that was settled.
 */
final class Branches {

  private final Engine engine;
  /** Instances that ended during the current call on this thread, to settle once it unlocks. */
  private final ThreadLocal<ArrayDeque<String>> ended = ThreadLocal.withInitial(ArrayDeque::new);

  Branches(Engine engine) {
    this.engine = engine;
  }

  /**
   * Adds the branches {@code run} started to {@code changes}, each run to its first wait (and its
   * own branches added too), so that they commit with the step that started them.
   */
  void start(Machine.Run run, StepChanges changes) {
    for (Branching.Fork fork : run.forks()) {
      Optional<StoredInstance> existing = engine.store().load(fork.id());
      if (existing.isPresent()) {
        adopt(engine.decode(existing.get()), fork.id(), changes);
        continue;
      }
      FrameType type = Machine.typeOf(fork.frame());
      List<InboxEvent> inbox = new ArrayList<>();
      Machine.Run branchRun = Machine.start(fork.frame(), inbox, engine.clock(),
          engine.branching(fork.id(), 0));
      InstanceRecord branch = engine.records().afterRun(engine.records().newRecord(fork.id(), type)
          .setParentId(parentOf(fork.id())), branchRun, inbox, type);
      start(branchRun, changes);
      changes.insert(branch);
    }
  }

  /**
   * Keeps a branch that is stored already rather than start it twice: one that an earlier
   * version stored before its parent's step failed to commit (a step now commits its branches
   * with itself). If the branch has ended, it is marked to be settled again: the parent it told
   * then (if any) was not the one about to be committed now.
   */
  private void adopt(InstanceRecord existing, String branchId, StepChanges changes) {
    if (!existing.getParentId().equals(parentOf(branchId))) {
      throw new IllegalStateException("instance \"" + parentOf(branchId) + "\" cannot start its"
          + " branch \"" + branchId + "\": another instance already has that id; give instances"
          + " ids that cannot be taken for branch ids (<parent id>/<n>)");
    }
    if (existing.getStatus() == dev.resumable.proto.Status.WAITING) {
      return;
    }
    if (!existing.getSettlementPending()) {
      changes.update(existing.toBuilder().setSettlementPending(true)
          .setRevision(existing.getRevision() + 1)
          .setUpdatedAtEpochMillis(engine.clock().millis()).build(), existing.getRevision());
    }
    changes.settleAfterCommit(branchId);
  }

  /** Notes what {@code changes}, just committed, ended with something to settle. */
  void noteEnded(StepChanges changes) {
    changes.written().forEach(this::noteIfEnded);
    changes.toSettle().forEach(this::noteEnded);
  }

  private static String parentOf(String branchId) {
    return branchId.substring(0, branchId.lastIndexOf('/'));
  }

  /** Notes {@code record}, just committed, for settling if it ended with something to settle. */
  void noteIfEnded(InstanceRecord record) {
    if (record.getStatus() != dev.resumable.proto.Status.WAITING
        && record.getSettlementPending()) {
      noteEnded(record.getId());
    }
  }

  void noteEnded(String id) {
    ended.get().add(id);
  }

  /**
   * Settles every instance noted on this thread, and those their settling ends. Returns whether
   * there was any, and the ids whose settling failed: each failure is reported, and the instance
   * stays pending for a later sweep to try again.
   */
  Settled settleEnded() {
    ArrayDeque<String> queue = ended.get();
    if (queue.isEmpty()) {
      return Settled.NOTHING; // the common call: no instance ended, nothing to allocate
    }
    Set<String> failed = new HashSet<>();
    while (!queue.isEmpty()) {
      String id = queue.poll();
      try {
        settle(id);
      } catch (RuntimeException e) {
        failed.add(id);
        engine.reportError(e);
      }
    }
    return new Settled(true, failed);
  }

  /** What {@link #settleEnded} did. */
  record Settled(boolean any, Set<String> failed) {
    static final Settled NOTHING = new Settled(false, Set.of());
  }

  private void settle(String id) {
    InstanceRecord record = engine.loadRecord(id);
    if (record.getStatus() == dev.resumable.proto.Status.WAITING
        || !record.getSettlementPending()) {
      return;
    }
    for (int n = 1; n <= record.getBranchesStarted(); n++) {
      cancel(id + "/" + n, id);
    }
    if (!record.getParentId().isEmpty()) {
      tellParent(record);
    }
    synchronized (engine.lockFor(id)) {
      InstanceRecord now = engine.loadRecord(id);
      if (now.getRevision() == record.getRevision()) {
        engine.update(now.toBuilder().setSettlementPending(false)
            .setRevision(now.getRevision() + 1)
            .setUpdatedAtEpochMillis(engine.clock().millis()).build(), now.getRevision());
      }
    }
  }

  /** Cancels a branch that is still running because the instance that started it has ended. */
  private void cancel(String branchId, String parentId) {
    synchronized (engine.lockFor(branchId)) {
      Optional<StoredInstance> stored = engine.store().load(branchId);
      if (stored.isEmpty()) {
        return; // never stored: its parent's step did not commit
      }
      InstanceRecord branch = engine.decode(stored.get());
      if (branch.getStatus() == dev.resumable.proto.Status.WAITING) {
        engine.interrupt(branch, new CancelledException("branch \"" + branchId + "\" was"
            + " cancelled because instance \"" + parentId + "\", which started it, has ended"));
      }
    }
  }

  private void tellParent(InstanceRecord branch) {
    String parentId = branch.getParentId();
    BranchOutcome outcome = new BranchOutcome(branch.getEntryMethod(),
        branch.getStatus() == dev.resumable.proto.Status.COMPLETED ? branch.getResult() : null,
        branch.getStatus() == dev.resumable.proto.Status.COMPLETED ? null : branch.getFailure());
    String event = BranchOutcome.eventName(branch.getId());
    synchronized (engine.lockFor(parentId)) {
      Optional<StoredInstance> stored = engine.store().load(parentId);
      if (stored.isEmpty()) {
        return;
      }
      InstanceRecord parent = engine.decode(stored.get());
      if (parent.getStatus() != dev.resumable.proto.Status.WAITING
          || parent.getAppliedEventIdsList().contains(event)) {
        return; // it has ended, so nothing joins the branch any more; or it was told already
      }
      engine.deliverOnce(parent, event, outcome, event);
    }
  }
}
