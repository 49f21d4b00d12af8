package dev.resumable;

import dev.resumable.codec.Codec;
import dev.resumable.codec.CodecException;
import dev.resumable.machine.Awaiting;
import dev.resumable.machine.FrameRegistry;
import dev.resumable.machine.FrameType;
import dev.resumable.machine.Machine;
import dev.resumable.machine.PayloadTypes;
import dev.resumable.proto.AllOfWait;
import dev.resumable.proto.EventWait;
import dev.resumable.proto.FirstOfWait;
import dev.resumable.proto.InboxEvent;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.Value;
import dev.resumable.proto.TimerWait;
import dev.resumable.proto.WaitCondition;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds stored instance records from runs, and outcomes from records. */
final class InstanceRecords {

  private final FrameRegistry registry;
  private final Clock clock;

  InstanceRecords(FrameRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  InstanceRecord.Builder newRecord(String id, FrameType entry) {
    return InstanceRecord.newBuilder()
        .setId(id)
        .setEntryMethod(entry.methodKey())
        .setCreatedAtEpochMillis(clock.millis());
  }

  /** The record after {@code run}, one revision on from {@code before}. */
  InstanceRecord afterRun(InstanceRecord.Builder before, Machine.Run run, List<InboxEvent> inbox,
      FrameType entry) {
    InstanceRecord.Builder next = before
        .setRevision(before.getRevision() + 1)
        .setUpdatedAtEpochMillis(clock.millis())
        .clearFrames()
        .clearObjects()
        .clearWait()
        .clearCheckpoint()
        .clearInbox()
        .addAllInbox(inbox)
        .setBranchesStarted(run.branchesStarted())
        .setStepsStarted(run.stepsStarted());
    // An instance that ends has its parent to tell or branches to cancel: see Branches.
    next.setSettlementPending(!run.suspended()
        && (!next.getParentId().isEmpty() || run.branchesStarted() > 0));
    if (run.suspended()) {
      WaitCondition.Builder wait = WaitCondition.newBuilder();
      Awaiting awaiting = run.awaiting();
      if (awaiting instanceof Awaiting.AllOf all) {
        wait.setAll(allOf(all));
      } else if (awaiting instanceof Awaiting.FirstOf first) {
        wait.setFirst(firstOf(first));
      } else if (awaiting instanceof Awaiting.ForStep step) {
        wait.setStep(step.state());
      } else if (awaiting instanceof Awaiting.ForTimer timer) {
        wait.setTimer(timer(timer.due()));
      } else {
        wait.setEvent(event((Awaiting.ForEvent) awaiting));
      }
      return next.setStatus(dev.resumable.proto.Status.WAITING)
          .addAllFrames(run.frames())
          .addAllObjects(run.objects())
          .setWait(wait)
          .build();
    }
    if (run.failed() && run.failure() instanceof CancelledException) {
      return next.setStatus(dev.resumable.proto.Status.CANCELLED)
          .setFailure(Failure.toRecord(run.failure()))
          .build();
    }
    if (run.failed()) {
      return failed(next, run.failure());
    }
    try {
      return next.setStatus(dev.resumable.proto.Status.COMPLETED)
          .setResult(encodeResult(entry, run.value()))
          .build();
    } catch (CodecException e) {
      return failed(next, e);
    }
  }

  private static AllOfWait allOf(Awaiting.AllOf awaited) {
    AllOfWait.Builder all = AllOfWait.newBuilder();
    for (int i = 0; i < awaited.waits().size(); i++) {
      Wait w = awaited.waits().get(i);
      Value got = awaited.received().get(i);
      all.addEvents(EventWait.newBuilder().setName(w instanceof Wait.ForEvent e ? e.name() : "")
              .setType(w instanceof Wait.ForEvent e ? PayloadTypes.boxed(e.type()).getName()
                  : ""))
          .addReceived(got == null ? Value.getDefaultInstance() : got)
          .addArrived(got != null || !(w instanceof Wait.ForEvent));
    }
    if (awaited.due() != null) {
      all.setTimer(timer(awaited.due()));
    } else {
      all.setTimerFired(true);
    }
    return all.build();
  }

  private static FirstOfWait firstOf(Awaiting.FirstOf awaited) {
    FirstOfWait.Builder first = FirstOfWait.newBuilder();
    for (Wait w : awaited.waits()) {
      if (w instanceof Wait.ForEvent e) {
        first.addEvents(EventWait.newBuilder().setName(e.name())
            .setType(PayloadTypes.boxed(e.type()).getName()));
      }
    }
    if (awaited.due() != null) {
      first.setTimer(timer(awaited.due())).setTimerName(awaited.timerName());
    }
    return first.build();
  }

  private static EventWait event(Awaiting.ForEvent awaited) {
    EventWait.Builder event = EventWait.newBuilder()
        .setName(awaited.name())
        .setType(awaited.type().getName());
    if (awaited.key() != null) {
      event.setKey(awaited.key());
    }
    return event.build();
  }

  InstanceRecord withInboxEvent(InstanceRecord record, InboxEvent event) {
    return record.toBuilder()
        .setRevision(record.getRevision() + 1)
        .setUpdatedAtEpochMillis(clock.millis())
        .addInbox(event)
        .build();
  }

  /** An event as an inbox keeps it until a wait takes it. */
  InboxEvent inboxEvent(String name, Object payload, Codec<Object> codec) {
    return InboxEvent.newBuilder()
        .setName(name)
        .setType(payload.getClass().getName())
        .addAllSupertypes(supertypesOf(payload.getClass()))
        .setPayload(codec.encode(payload))
        .setReceivedAtEpochMillis(clock.millis())
        .build();
  }

  /** The names of the classes and interfaces {@code type} extends or implements. */
  private static List<String> supertypesOf(Class<?> type) {
    List<String> names = PayloadTypes.namesOf(type);
    return names.subList(1, names.size()); // the first is the type's own
  }

  /**
   * The outcome of {@code record}. With the run that produced it, the result is the very object
   * the method returned; otherwise it is decoded from the record.
   */
  Outcome<?> outcome(InstanceRecord record, Machine.Run run) {
    Status status = status(record);
    List<String> inbox = new ArrayList<>();
    record.getInboxList().forEach(e -> inbox.add(e.getName()));
    boolean onEvent = status == Status.WAITING && record.getWait().hasEvent();
    String awaited = onEvent ? record.getWait().getEvent().getName() : null;
    String waitingFor = status == Status.WAITING ? waitingFor(record) : null;
    Instant due = status == Status.WAITING ? due(record) : null;
    Object result = null;
    if (status == Status.COMPLETED) {
      result = run != null ? run.value() : decodeResult(record);
    }
    Failure failure = null;
    if (status == Status.FAILED || status == Status.CANCELLED) {
      failure = run != null && run.failed()
          ? Failure.of(run.failure())
          : Failure.fromRecord(record.getFailure());
    }
    return new Outcome<>(record.getId(), status, awaited, waitingFor, due, result, failure,
        inbox);
  }

  /** {@code name/key} of the keyed event the instance waits for; null if none. */
  static String waitKey(InstanceRecord record) {
    if (!record.hasWait() || !record.getWait().hasEvent()
        || record.getWait().getEvent().getKey().isEmpty()
        || record.getStatus() != dev.resumable.proto.Status.WAITING) {
      return null;
    }
    return waitKey(record.getWait().getEvent().getName(), record.getWait().getEvent().getKey());
  }

  /**
   * Whether {@code record} waits, now, for event {@code name} addressed by {@code key}: what the
   * key index only suggests, since two pairs can share an index entry ("a/b" and "c" index like
   * "a" and "b/c") and a damaged or out-of-date entry can name any instance.
   */
  static boolean waitsFor(InstanceRecord record, String name, String key) {
    return record.getStatus() == dev.resumable.proto.Status.WAITING && record.getWait().hasEvent()
        && record.getWait().getEvent().getName().equals(name)
        && record.getWait().getEvent().getKey().equals(key);
  }

  static String waitKey(String name, String key) {
    return name + "/" + key;
  }

  /**
   * When the timer the instance waits for is due; null if it waits for no timer. An ended
   * instance not yet settled, or one with branches yet to cancel, is due since its last change,
   * so that the timer sweep settles it.
   */
  static Instant due(InstanceRecord record) {
    if (record.getSettlementPending()
        && record.getStatus() != dev.resumable.proto.Status.WAITING
        || record.getBranchesToCancelCount() > 0) {
      return Instant.ofEpochMilli(record.getUpdatedAtEpochMillis());
    }
    WaitCondition wait = record.getWait();
    TimerWait timer = wait.hasTimer() ? wait.getTimer()
        : wait.hasStart() ? wait.getStart().getTimer()
        : wait.hasSchedule() && wait.getSchedule().hasTimer() ? wait.getSchedule().getTimer()
        : wait.hasStep() ? wait.getStep().getTimer()
        : wait.hasFirst() && wait.getFirst().hasTimer() ? wait.getFirst().getTimer()
        : wait.hasAll() && wait.getAll().hasTimer() && !wait.getAll().getTimerFired()
            ? wait.getAll().getTimer() : null;
    return timer == null ? null
        : Instant.ofEpochSecond(timer.getDueEpochSecond(), timer.getDueNano());
  }

  static Instant instant(TimerWait timer) {
    return Instant.ofEpochSecond(timer.getDueEpochSecond(), timer.getDueNano());
  }

  static TimerWait timer(Instant due) {
    return TimerWait.newBuilder().setDueEpochSecond(due.getEpochSecond())
        .setDueNano(due.getNano()).build();
  }

  /** What a waiting instance waits for, as people say it. */
  static String waitingFor(InstanceRecord record) {
    WaitCondition wait = record.getWait();
    if (wait.hasEvent()) {
      return describe(wait.getEvent());
    }
    if (wait.hasTimer()) {
      return "timer until " + due(record);
    }
    if (wait.hasStart()) {
      return "start at " + due(record);
    }
    if (wait.hasSchedule()) {
      return "schedule \"" + wait.getSchedule().getScheduleId() + "\": "
          + (wait.getSchedule().getPaused() ? "paused" : "next run at " + due(record));
    }
    if (wait.hasStep()) {
      return describe(wait.getStep(), due(record), record.getFrames(record.getFramesCount() - 1));
    }
    List<String> parts = new ArrayList<>();
    if (wait.hasAll()) {
      AllOfWait all = wait.getAll();
      for (int i = 0; i < all.getEventsCount(); i++) {
        if (!all.getArrived(i)) {
          parts.add(describe(all.getEvents(i)));
        }
      }
      if (!all.getTimerFired()) {
        parts.add("timer until " + due(record));
      }
      return "all of " + String.join(", ", parts);
    }
    wait.getFirst().getEventsList().forEach(e -> parts.add(describe(e)));
    if (wait.getFirst().hasTimer()) {
      parts.add(wait.getFirst().getTimerName() + " at " + due(record));
    }
    return "first of " + String.join(", ", parts);
  }

  /** e.g. {@code step 3 at step:charge, attempt 1 failed (IOException: refused), next at T}. */
  private static String describe(dev.resumable.proto.StepWait step, Instant due,
      dev.resumable.proto.FrameRecord frame) {
    String name = "step " + step.getSequence() + " at " + frame.getSuspensionId();
    if (step.hasCompensating()) {
      dev.resumable.proto.Compensating saga = step.getCompensating();
      name += " (compensation " + (saga.getCurrent() + 1) + " of "
          + saga.getCompensationsCount() + ", "
          + saga.getCompensations(saga.getCurrent()).getSource() + ")";
    }
    if (step.getEnded()) {
      return name + ", ended after " + attempts(step.getAttempts()) + ", its outcome due to"
          + " the workflow";
    }
    if (step.getAttempts() == 0) {
      return name + ", first attempt due at " + due;
    }
    return name + ", " + attempts(step.getAttempts()) + " failed, last with "
        + step.getLastError() + "; attempt " + (step.getAttempts() + 1) + " at " + due;
  }

  private static String attempts(int n) {
    return n == 1 ? "1 attempt" : n + " attempts";
  }

  private static String describe(EventWait event) {
    if (dev.resumable.machine.BranchOutcome.isOutcomeEvent(event.getName())) {
      return "branch \"" + event.getName().substring("branch:".length()) + "\"";
    }
    String type = event.getType();
    return "event \"" + event.getName() + "\" ("
        + type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1) + ")";
  }

  static Status status(InstanceRecord record) {
    switch (record.getStatus()) {
      case WAITING:
        return Status.WAITING;
      case COMPLETED:
        return Status.COMPLETED;
      case FAILED:
        return Status.FAILED;
      case CANCELLED:
        return Status.CANCELLED;
      default:
        throw new UnreadableInstanceException(record.getId(), "its stored status is "
            + record.getStatus(), false, null);
    }
  }

  private static InstanceRecord failed(InstanceRecord.Builder next, Throwable thrown) {
    return next.setStatus(dev.resumable.proto.Status.FAILED)
        .setFailure(Failure.toRecord(thrown))
        .build();
  }

  @SuppressWarnings("unchecked") // the entry method's result codec matches what it returns
  private static Value encodeResult(FrameType entry, Object value) {
    Codec<Object> codec = (Codec<Object>) entry.resultCodec();
    return codec == null ? Value.getDefaultInstance() : codec.encode(value);
  }

  private Object decodeResult(InstanceRecord record) {
    FrameType entry = registry.find(record.getEntryMethod());
    if (entry == null) {
      throw new UnreadableInstanceException(record.getId(), "its result was returned by "
          + record.getEntryMethod() + ", which this build does not contain", true, null);
    }
    if (entry.resultCodec() == null) {
      return null;
    }
    try {
      return entry.resultCodec().decode(record.getResult());
    } catch (RuntimeException e) {
      throw new UnreadableInstanceException(record.getId(), "its result cannot be decoded: "
          + e.getMessage(), false, e);
    }
  }
}
