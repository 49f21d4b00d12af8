package dev.resumable;

import dev.resumable.machine.BranchOutcome;
import dev.resumable.machine.FrameRegistry;
import dev.resumable.machine.FrameType;
import dev.resumable.machine.Machine;
import dev.resumable.machine.RestoreException;
import dev.resumable.proto.Checkpoint;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.Resumption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns a checked stored record into an {@link Inspection}, running nothing. */
final class Inspector {

  private final FrameRegistry registry;
  private final InstanceRecords records;

  Inspector(FrameRegistry registry, InstanceRecords records) {
    this.registry = registry;
    this.records = records;
  }

  Inspection inspect(InstanceRecord record) {
    String id = record.getId();
    Status status = InstanceRecords.status(record);
    List<Inspection.Frame> frames = new ArrayList<>();
    String waitingFor = null;
    if (status == Status.WAITING) {
      waitingFor = records.outcome(record, null).waitingFor();
      try {
        frames = frames(record);
      } catch (RestoreException e) {
        return Inspection.unreadable(id,
            new UnreadableInstanceException(id, e.getMessage(), e.incompatible(), e));
      }
    }
    Failure failure = status == Status.FAILED || status == Status.CANCELLED
        ? Failure.fromRecord(record.getFailure()) : null;
    Inspection.Checkpoint checkpoint = status == Status.FAILED && record.hasCheckpoint()
        ? checkpoint(record.getCheckpoint()) : null;
    return new Inspection(id, status, waitingFor,
        Instant.ofEpochMilli(record.getUpdatedAtEpochMillis()), frames, failure, checkpoint,
        failedIn(failure));
  }

  /** The workflow's frames of the first exception of the chain whose stack has any. */
  private List<StackTraceElement> failedIn(Failure failure) {
    for (Failure f = failure; f != null; f = f.cause()) {
      List<StackTraceElement> own = f.stack().stream().filter(registry::isResumable).toList();
      if (!own.isEmpty()) {
        return own;
      }
    }
    return List.of();
  }

  private List<Inspection.Frame> frames(InstanceRecord record) throws RestoreException {
    List<Inspection.Frame> frames = new ArrayList<>();
    for (Machine.FrameView view : Machine.inspect(record.getFramesList(),
        record.getObjectsList(), registry)) {
      FrameType type = view.type();
      frames.add(new Inspection.Frame(type.className(), type.methodName(),
          type.sourceFile(), view.point().line(), view.point().id(), view.locals()));
    }
    return frames;
  }

  /** A checkpoint whose frames this build cannot read is shown with why, not refused. */
  private Inspection.Checkpoint checkpoint(Checkpoint kept) {
    InstanceRecord waiting = kept.getWaiting();
    List<Inspection.Frame> frames = List.of();
    String unreadable = null;
    try {
      frames = frames(waiting);
    } catch (RestoreException | RuntimeException e) {
      unreadable = e.getMessage();
    }
    return new Inspection.Checkpoint(Instant.ofEpochMilli(waiting.getUpdatedAtEpochMillis()),
        InstanceRecords.waitingFor(waiting), resumedWith(kept.getResumedWith(), waiting),
        frames, unreadable);
  }

  private static String resumedWith(Resumption with, InstanceRecord waiting) {
    switch (with.getKindCase()) {
      case EVENT:
        String name = with.getEvent().getName();
        String type = with.getEvent().getType();
        return (waiting.getWait().hasFirst() && !BranchOutcome.isOutcomeEvent(name)
            ? "event \"" + name + "\", not kept: a retry waits for it again"
            : "event \"" + name + "\"") + " ("
            + type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1) + ")";
      case TIMER:
        return with.getTimer().getName().isEmpty() ? "its timer"
            : "its timer \"" + with.getTimer().getName() + "\"";
      case STEP:
        return "its durable step";
      case ALL_OF:
        return "all of its waits";
      case THROWN:
        return "an exception at its wait: " + Failure.fromRecord(with.getThrown());
      default:
        return "nothing kept: a retry waits again";
    }
  }
}
