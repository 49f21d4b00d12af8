package dev.resumable;

import dev.resumable.machine.BranchOutcome;
import dev.resumable.proto.InstanceRecord;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Settles an instance that ended: cancels its branches still running and tells its parent how it
 * ended.
 *
 * <p>Settling happens after the ended instance's commit, outside any instance's hold (it holds
 * the parent and the branches one at a time). Until it is done the ended instance stays
 * {@code settlement_pending} and due, so that after a crash the timer sweep, which claims due
 * work, finishes it. Each step is safe to repeat: the parent applies an outcome event id once, a
 * finished branch is not cancelled again, and the flag is cleared only on the revision that was
 * settled.
 */
final class BranchSettler {

  private final EndedInstances ended;
  private final InstanceStore instances;
  private final InstanceHolds holds;
  private final StepRunner steps;
  private final EventRouter events;
  private final Clock clock;
  private final Consumer<Throwable> errors;

  BranchSettler(EndedInstances ended, InstanceStore instances, InstanceHolds holds,
      StepRunner steps, EventRouter events, Clock clock, Consumer<Throwable> errors) {
    this.ended = ended;
    this.instances = instances;
    this.holds = holds;
    this.steps = steps;
    this.events = events;
    this.clock = clock;
    this.errors = errors;
  }

  /**
   * Settles every instance noted on this thread, and those their settling ends. Returns whether
   * there was any, and the ids whose settling failed: each failure is reported, and the instance
   * stays pending for a later sweep to try again.
   */
  Settled settleEnded() {
    ArrayDeque<String> queue = ended.queue();
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
        errors.accept(e);
      }
    }
    return new Settled(true, failed);
  }

  /** What {@link #settleEnded} did. */
  record Settled(boolean any, Set<String> failed) {
    static final Settled NOTHING = new Settled(false, Set.of());
  }

  private void settle(String id) {
    InstanceRecord record = instances.read(id);
    if (record.getBranchesToCancelCount() > 0) {
      cancelRequested(record);
      record = instances.read(id);
    }
    if (record.getStatus() == dev.resumable.proto.Status.WAITING
        || !record.getSettlementPending()) {
      return;
    }
    for (int n = 1; n <= record.getBranchesStarted(); n++) {
      cancelAsEnded(id + "/" + n, id);
    }
    if (!record.getParentId().isEmpty()) {
      tellParent(record);
    }
    long settled = record.getRevision();
    holds.on(id, () -> {
      InstanceRecord now = instances.read(id);
      if (now.getRevision() == settled) {
        instances.update(now.toBuilder().setSettlementPending(false)
            .setRevision(now.getRevision() + 1)
            .setUpdatedAtEpochMillis(clock.millis()).build(), now.getRevision());
      }
    });
  }

  /**
   * Cancels the branches {@code parent} asked to cancel, then takes them off its list: each is
   * cancelled once, whatever else changed the parent meanwhile (their outcomes reaching it, say).
   */
  private void cancelRequested(InstanceRecord parent) {
    String id = parent.getId();
    for (String branchId : parent.getBranchesToCancelList()) {
      cancel(branchId, "branch \"" + branchId + "\" was cancelled by instance \"" + id
          + "\", which started it");
    }
    holds.on(id, () -> {
      InstanceRecord now = instances.read(id);
      java.util.List<String> left = new java.util.ArrayList<>(now.getBranchesToCancelList());
      left.removeAll(parent.getBranchesToCancelList());
      instances.update(now.toBuilder().clearBranchesToCancel().addAllBranchesToCancel(left)
          .setRevision(now.getRevision() + 1)
          .setUpdatedAtEpochMillis(clock.millis()).build(), now.getRevision());
    });
  }

  /** Cancels a branch that is still running because the instance that started it has ended. */
  private void cancelAsEnded(String branchId, String parentId) {
    cancel(branchId, "branch \"" + branchId + "\" was cancelled because instance \""
        + parentId + "\", which started it, has ended");
  }

  /**
   * Interrupts the branch at its wait with {@code why}, unless it has ended or was asked to
   * cancel already (its cleanup may be waiting: a second cancel leaves it alone).
   */
  private void cancel(String branchId, String why) {
    holds.on(branchId, () -> {
      Optional<InstanceRecord> branch = instances.find(branchId);
      if (branch.isEmpty()) {
        return; // never stored: its parent's step did not commit
      }
      InstanceRecord waiting = branch.get();
      if (waiting.getStatus() == dev.resumable.proto.Status.WAITING
          && !waiting.getCancelRequested()) {
        steps.interrupt(waiting.toBuilder().setCancelRequested(true).build(),
            new CancelledException(why));
      }
    });
  }

  private void tellParent(InstanceRecord branch) {
    String parentId = branch.getParentId();
    BranchOutcome outcome = new BranchOutcome(branch.getEntryMethod(),
        branch.getStatus() == dev.resumable.proto.Status.COMPLETED ? branch.getResult() : null,
        branch.getStatus() == dev.resumable.proto.Status.COMPLETED ? null : branch.getFailure());
    String event = BranchOutcome.eventName(branch.getId());
    holds.on(parentId, () -> {
      Optional<InstanceRecord> parent = instances.find(parentId);
      if (parent.isEmpty()) {
        return;
      }
      if (parent.get().getStatus() != dev.resumable.proto.Status.WAITING
          || EventIds.applied(parent.get(), event)) {
        return; // it has ended, so nothing joins the branch any more; or it was told already
      }
      events.deliverOnce(parent.get(), event, outcome, event);
    });
  }
}
