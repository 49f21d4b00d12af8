package dev.resumable;

import dev.resumable.codec.Codecs;
import dev.resumable.codec.StoredExceptions;
import dev.resumable.machine.BranchOutcome;
import dev.resumable.machine.Machine;
import dev.resumable.machine.PayloadTypes;
import dev.resumable.machine.Step;
import dev.resumable.proto.InboxEvent;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.Resumption;
import dev.resumable.proto.StepWait;
import dev.resumable.proto.TimerWait;
import dev.resumable.proto.WaitCondition;
import java.time.Clock;
import java.time.Instant;

/**
 * Runs a failed instance again from its checkpoint: the wait it last committed, continued with
 * what the failed step continued it with. The run starts from the failed record's revision, so
 * that it replaces the failure in one commit or, refused, changes nothing; and a run that fails
 * again keeps the same checkpoint. The caller holds the instance's lock.
 */
final class Retries {

  private final StepRunner steps;
  private final InstanceStore instances;
  private final InstanceRecords records;
  private final Clock clock;

  Retries(StepRunner steps, InstanceStore instances, InstanceRecords records, Clock clock) {
    this.steps = steps;
    this.instances = instances;
    this.records = records;
    this.clock = clock;
  }

  Outcome<?> retry(InstanceRecord failed) {
    refuseUnlessRetryable(failed);
    Resumption with = failed.getCheckpoint().getResumedWith();
    InstanceRecord.Builder restored = failed.getCheckpoint().getWaiting().toBuilder()
        .setRevision(failed.getRevision());
    if (with.hasStep()) {
      restored.getWaitBuilder().setStep(freshAttempts(restored.getWait().getStep()));
    }
    // Checked as a stored record is: it names its instance, its wait fits its frames.
    InstanceRecord waiting = instances.decode(StepChanges.stored(restored.build()));
    switch (with.getKindCase()) {
      case STEP:
        return steps.continueStep(waiting);
      case THROWN:
        return steps.interrupt(waiting, StoredExceptions.restore(with.getThrown()));
      case ALL_OF:
        return steps.resume(waiting, steps.restore(waiting), null,
            new Step.Collected(waiting.getWait().getAll().getReceivedList()));
      case TIMER:
        return steps.resume(waiting, steps.restore(waiting), null, waiting.getWait().hasFirst()
            ? new Fired(with.getTimer().getName(), null) : null);
      case EVENT:
        return deliverAgain(waiting, with.getEvent());
      default:
        return waitAgain(waiting);
    }
  }

  private static void refuseUnlessRetryable(InstanceRecord failed) {
    String id = failed.getId();
    Status status = InstanceRecords.status(failed);
    if (status != Status.FAILED) {
      throw new InstanceStateException("instance \"" + id + "\" is " + status + "; only a FAILED"
          + " instance is retried" + (status == Status.WAITING ? " (this one has not failed)"
              : "") + "; nothing was changed");
    }
    if (!failed.getParentId().isEmpty() || failed.getBranchesStarted() > 0) {
      throw new InstanceStateException("instance \"" + id + "\" "
          + (failed.getParentId().isEmpty() ? "started branches"
              : "is a branch of \"" + failed.getParentId() + "\"")
          + ", and an instance with branches is not retried: its failure has been settled with"
          + " them already; nothing was changed");
    }
    if (!failed.hasCheckpoint()) {
      throw new InstanceStateException("instance \"" + id + "\" has no checkpoint to retry"
          + " from: it failed in its first step, before anything was committed, or a version"
          + " that kept no checkpoints failed it; delete it and start it again; nothing was"
          + " changed");
    }
  }

  /** A durable step to be attempted now, as a new series if it had ended with an exception. */
  private StepWait freshAttempts(StepWait step) {
    Instant now = clock.instant();
    StepWait.Builder fresh = step.toBuilder().setTimer(TimerWait.newBuilder()
        .setDueEpochSecond(now.getEpochSecond()).setDueNano(now.getNano()));
    if (step.getEnded() && step.hasFailure()) {
      fresh.setEnded(false).clearFailure().setAttempts(0);
    }
    return fresh.build();
  }

  /**
   * Hands the kept event to the wait again, decoded by the type the code waits for. An event of
   * a first-of wait has a type only the running code knows, so the instance waits for it again.
   */
  private Outcome<?> deliverAgain(InstanceRecord waiting, InboxEvent event) {
    WaitCondition wait = waiting.getWait();
    Machine.Stack stack = steps.restore(waiting);
    String name = event.getName();
    Class<?> type = BranchOutcome.isOutcomeEvent(name) ? BranchOutcome.class
        : wait.hasEvent() ? stack.innermostPoint().eventType() : null;
    if (type == null) {
      return waitAgain(waiting);
    }
    Object payload;
    try {
      payload = Codecs.of(PayloadTypes.boxed(type)).decode(event.getPayload());
    } catch (RuntimeException e) {
      throw new UnreadableInstanceException(waiting.getId(), "the event \"" + name + "\" its"
          + " checkpoint kept cannot be decoded as " + type.getName() + ": " + e.getMessage(),
          false, e);
    }
    return steps.resume(waiting, stack, name, wait.hasFirst() ? new Fired(name, payload)
        : payload);
  }

  /** Restores the checkpoint's wait as it was, to take what it waits for anew. */
  private Outcome<?> waitAgain(InstanceRecord waiting) {
    steps.restore(waiting); // only a stack this build can continue is restored
    InstanceRecord next = waiting.toBuilder().setRevision(waiting.getRevision() + 1)
        .setUpdatedAtEpochMillis(clock.millis()).build();
    instances.update(next, waiting.getRevision());
    return records.outcome(next, null);
  }
}
