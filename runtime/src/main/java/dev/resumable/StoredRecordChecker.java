package dev.resumable;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.resumable.machine.BranchOutcome;
import dev.resumable.machine.FrameRegistry;
import dev.resumable.machine.FrameType;
import dev.resumable.machine.PayloadTypes;
import dev.resumable.machine.SuspensionPoint;
import dev.resumable.proto.AllOfWait;
import dev.resumable.proto.EventWait;
import dev.resumable.proto.FirstOfWait;
import dev.resumable.proto.FrameRecord;
import dev.resumable.proto.InboxEvent;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.TimerWait;
import dev.resumable.proto.WaitCondition;
import dev.resumable.store.StoredInstance;
import java.time.Instant;
import java.util.List;

/**
 * Decodes a stored row into an instance record and trusts it only once it is consistent: it
 * names the row it was read from, its revision and status agree with the row's, and what it waits
 * for fits the frames it has stopped in. Anything else is an {@link UnreadableInstanceException}
 * naming the instance and what is wrong, so that damaged or hostile data is never run, never
 * turned into an outcome and never written back, and no other instance is touched by it.
 *
 * <p>Nothing here loads a class: type names in the record are compared as text.
 */
final class StoredRecordChecker {

  private final FrameRegistry registry;

  StoredRecordChecker(FrameRegistry registry) {
    this.registry = registry;
  }

  /** The record stored in {@code row}, checked. */
  InstanceRecord read(StoredInstance row) {
    InstanceRecord record;
    try {
      record = InstanceRecord.parseFrom(row.state());
    } catch (InvalidProtocolBufferException | RuntimeException e) {
      throw unreadable(row.id(), "its stored state is not a valid instance record ("
          + e.getMessage() + ")", false, e);
    }
    String problem = problemWith(row, record);
    if (problem != null) {
      throw unreadable(row.id(), problem, false, null);
    }
    if (needsEntryMethod(record) && registry.find(record.getEntryMethod()) == null) {
      throw unreadable(row.id(), "it was started by " + quoted(record.getEntryMethod())
          + ", which this build does not contain", true, null);
    }
    return record;
  }

  static UnreadableInstanceException unreadable(String id, String reason, boolean incompatible,
      Throwable cause) {
    return new UnreadableInstanceException(id, reason, incompatible, cause);
  }

  private static boolean needsEntryMethod(InstanceRecord record) {
    return record.getStatus() == dev.resumable.proto.Status.WAITING
        || record.getStatus() == dev.resumable.proto.Status.COMPLETED;
  }

  private String problemWith(StoredInstance row, InstanceRecord record) {
    if (!record.getId().equals(row.id())) {
      return "its stored record names instance " + quoted(record.getId())
          + ", not the row it is stored under";
    }
    if (record.getRevision() != row.revision()) {
      return "its stored record has revision " + record.getRevision() + ", but its row "
          + row.revision();
    }
    if (!record.getEntryMethod().equals(row.method())) {
      return "its stored record was started by " + quoted(record.getEntryMethod())
          + ", but its row says " + quoted(row.method());
    }
    if (!record.getStatus().name().equals(row.status())) {
      return "its stored record has status " + record.getStatus().name() + ", but its row says "
          + row.status();
    }
    String parent = record.getParentId();
    if (!parent.isEmpty() && !isBranchOf(record.getId(), parent)) {
      return "its stored record names " + quoted(parent) + " as the instance that started it,"
          + " which a branch with this id cannot have";
    }
    if (record.getBranchesStarted() < 0) {
      return "its stored record has started " + record.getBranchesStarted() + " branches";
    }
    for (InboxEvent event : record.getInboxList()) {
      if (event.getName().isEmpty() || event.getType().isEmpty()) {
        return "an event in its inbox has no name or no type";
      }
    }
    switch (record.getStatus()) {
      case WAITING:
        return problemWithWait(record);
      case COMPLETED:
      case FAILED:
      case CANCELLED:
        return record.getFramesCount() > 0 || record.hasWait()
            ? "it has ended (" + record.getStatus() + ") but still has a stack or a wait" : null;
      default:
        return "its stored status is " + record.getStatus();
    }
  }

  /** A branch's id is its parent's id, a slash and a number from 1. */
  private static boolean isBranchOf(String id, String parent) {
    if (!id.startsWith(parent + "/")) {
      return false;
    }
    String number = id.substring(parent.length() + 1);
    return !number.isEmpty() && number.length() < 10 && number.chars().allMatch(Character::isDigit)
        && !number.startsWith("0");
  }

  private String problemWithWait(InstanceRecord record) {
    List<FrameRecord> frames = record.getFramesList();
    WaitCondition wait = record.getWait();
    if (wait.hasSchedule()) {
      return !frames.isEmpty() ? "it is a schedule but has a stack"
          : wait.getSchedule().hasTimer() && !inRange(wait.getSchedule().getTimer())
              ? "its next run's time is out of range" : null;
    }
    if (wait.hasStart()) {
      // Not started yet: its arguments are checked when its entry frame is built from them.
      return !frames.isEmpty() ? "it waits for its start but already has a stack"
          : !inRange(wait.getStart().getTimer()) ? "its start time is out of range" : null;
    }
    if (frames.isEmpty()) {
      return "it is WAITING but has no stored frames";
    }
    if (wait.getKindCase() == WaitCondition.KindCase.KIND_NOT_SET) {
      return "it is WAITING but its record says for nothing";
    }
    if (!frames.get(0).getMethodKey().equals(record.getEntryMethod())
        && registry.find(frames.get(0).getMethodKey()) != null) { // else refused as incompatible
      return "its outermost frame is " + quoted(frames.get(0).getMethodKey())
          + ", not the method it was started by";
    }
    String waitProblem = problemWithTimes(wait);
    if (waitProblem != null) {
      return waitProblem;
    }
    for (int i = 0; i < frames.size(); i++) {
      FrameRecord frame = frames.get(i);
      FrameType type = registry.find(frame.getMethodKey());
      SuspensionPoint point = type == null ? null : type.pointWithId(frame.getSuspensionId());
      if (point == null) {
        continue; // code that does not fit the frame: refused as incompatible when restored
      }
      boolean innermost = i == frames.size() - 1;
      if (!innermost) {
        if (point.callee() == null || !point.callee().equals(frames.get(i + 1).getMethodKey())) {
          return "its frame " + where(frame) + " is not a call of the frame stored inside it";
        }
      } else {
        String mismatch = mismatch(point, wait);
        if (mismatch != null) {
          return "its innermost frame " + where(frame) + " " + mismatch;
        }
      }
    }
    return null;
  }

  /** Why {@code wait} cannot be what a frame stopped at {@code point} waits for; null if it can. */
  private static String mismatch(SuspensionPoint point, WaitCondition wait) {
    boolean fits = switch (point.kind()) {
      case CALL -> false;
      case TIMER -> wait.hasTimer();
      case FIRST_OF -> wait.hasFirst();
      case ALL_OF -> wait.hasAll();
      case JOIN -> wait.hasEvent() ? isOutcome(wait.getEvent())
          : wait.hasFirst() ? !wait.getFirst().hasTimer()
              && wait.getFirst().getEventsList().stream().allMatch(StoredRecordChecker::isOutcome)
          : wait.hasAll() && wait.getAll().getEventsList().stream()
              .allMatch(StoredRecordChecker::isOutcome);
      case EVENT -> wait.hasEvent();
      case STEP -> wait.hasStep();
    };
    if (!fits) {
      return point.kind() == SuspensionPoint.Kind.CALL
          ? "stopped at a call, but nothing is stored inside it"
          : "stopped at a wait of kind " + point.kind() + ", but the record waits for "
              + kind(wait);
    }
    if (point.kind() != SuspensionPoint.Kind.EVENT) {
      return null;
    }
    EventWait event = wait.getEvent();
    String type = PayloadTypes.boxed(point.eventType()).getName();
    if (!event.getType().equals(type)) {
      return "waits for a " + type + ", but the record for a " + quoted(event.getType());
    }
    if (!"(computed)".equals(point.eventName()) && !point.eventName().equals(event.getName())) {
      return "waits for event " + quoted(point.eventName()) + ", but the record for "
          + quoted(event.getName());
    }
    return event.getName().isEmpty() ? "waits for an event with no name" : null;
  }

  /** Due times in the range of {@link Instant}, and the slots of an all-of wait in step. */
  private static String problemWithTimes(WaitCondition wait) {
    if (wait.hasTimer() && !inRange(wait.getTimer())) {
      return "its timer's due time is out of range";
    }
    if (wait.hasFirst()) {
      FirstOfWait first = wait.getFirst();
      if (first.hasTimer() && (!inRange(first.getTimer()) || first.getTimerName().isEmpty())) {
        return "its first-of wait has a timer out of range or with no name";
      }
      if (first.getEventsCount() == 0 && !first.hasTimer()) {
        return "its first-of wait waits for nothing";
      }
      if (first.getEventsList().stream().anyMatch(e -> e.getName().isEmpty())) {
        return "its first-of wait has an event with no name";
      }
    }
    if (wait.hasStep()) {
      dev.resumable.proto.StepWait step = wait.getStep();
      if (!inRange(step.getTimer()) || step.getSequence() < 1 || step.getAttempts() < 0) {
        return "its durable step has a due time out of range, no number, or negative attempts";
      }
      if (step.getEnded() && step.getAttempts() < 1) {
        return "its durable step ended without an attempt";
      }
    }
    if (wait.hasAll()) {
      AllOfWait all = wait.getAll();
      if (all.getReceivedCount() != all.getEventsCount()
          || all.getArrivedCount() != all.getEventsCount()) {
        return "its all-of wait has " + all.getEventsCount() + " waits but "
            + all.getReceivedCount() + " received values and " + all.getArrivedCount()
            + " arrived flags";
      }
      if (all.hasTimer() && !inRange(all.getTimer())) {
        return "its all-of wait's timer is out of range";
      }
      if (!all.hasTimer() && !all.getTimerFired()) {
        return "its all-of wait waits for a timer it does not have";
      }
    }
    return null;
  }

  private static boolean inRange(TimerWait timer) {
    return timer.getDueEpochSecond() >= Instant.MIN.getEpochSecond()
        && timer.getDueEpochSecond() <= Instant.MAX.getEpochSecond()
        && timer.getDueNano() >= 0 && timer.getDueNano() <= 999_999_999;
  }

  private static boolean isOutcome(EventWait event) {
    return BranchOutcome.isOutcomeEvent(event.getName())
        && event.getType().equals(BranchOutcome.class.getName());
  }

  private static String kind(WaitCondition wait) {
    return switch (wait.getKindCase()) {
      case EVENT -> "event " + quoted(wait.getEvent().getName());
      case TIMER -> "a timer";
      case FIRST -> "the first of several waits";
      case ALL -> "all of several waits";
      case STEP -> "a durable step";
      case START -> "its start";
      case SCHEDULE -> "a schedule's next run";
      default -> "nothing";
    };
  }

  private static String where(FrameRecord frame) {
    return frame.getMethodKey() + " at " + frame.getSuspensionId();
  }

  /** {@code text} in quotes, shortened: stored data may be long or odd. */
  static String quoted(String text) {
    String shown = text.length() > 120 ? text.substring(0, 120) + "..." : text;
    return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
  }
}
