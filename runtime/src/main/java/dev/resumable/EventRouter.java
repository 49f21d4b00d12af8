package dev.resumable;

import dev.resumable.codec.Codec;
import dev.resumable.codec.CodecException;
import dev.resumable.codec.Codecs;
import dev.resumable.machine.BranchOutcome;
import dev.resumable.machine.Frame;
import dev.resumable.machine.Machine;
import dev.resumable.machine.PayloadTypes;
import dev.resumable.machine.Step;
import dev.resumable.machine.SuspensionPoint;
import dev.resumable.proto.AllOfWait;
import dev.resumable.proto.EventWait;
import dev.resumable.proto.InboxEvent;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.WaitCondition;
import dev.resumable.store.InstanceExistsException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes an event to where it belongs in a waiting instance: to the wait that asks for it (which
 * then runs on, through {@link StepRunner}), to its slot in an all-of wait, or else to the
 * instance's inbox for a later wait. The caller holds the instance's lock.
 */
final class EventRouter {

  private final StepRunner steps;
  private final InstanceRecords records;
  private final InstanceStore instances;
  private final WaitableEvents waitable;
  private final Clock clock;

  EventRouter(StepRunner steps, InstanceRecords records, InstanceStore instances,
      WaitableEvents waitable, Clock clock) {
    this.steps = steps;
    this.records = records;
    this.instances = instances;
    this.waitable = waitable;
    this.clock = clock;
  }

  /** Delivers {@code payload} to the one event the instance waits for, whatever its name. */
  Outcome<?> deliverToWhatItWaitsFor(InstanceRecord record, Object payload) {
    WaitCondition wait = record.getWait();
    String awaited = wait.hasEvent() ? wait.getEvent().getName()
        : wait.hasFirst() && wait.getFirst().getEventsCount() == 1
            ? wait.getFirst().getEvents(0).getName() : null;
    if (awaited != null && !BranchOutcome.isOutcomeEvent(awaited)) {
      return deliver(record, awaited, payload);
    }
    throw new UnexpectedEventException("instance \"" + record.getId() + "\" waits for "
        + InstanceRecords.waitingFor(record)
        + (wait.hasTimer() ? ", which fires by itself"
            : awaited != null ? ", which tells it how it ended by itself" : "")
        + "; name the event to deliver or to keep in its inbox; nothing was changed");
  }

  /** Delivers an event with an id, remembering the id so that the same event applies once. */
  Outcome<?> deliverOnce(InstanceRecord record, String name, Object payload, String eventId) {
    return deliver(EventIds.remembering(record, eventId), name, payload);
  }

  Outcome<?> deliver(InstanceRecord record, String name, Object payload) {
    String id = record.getId();
    WaitCondition wait = record.getWait();
    if (wait.hasAll()) {
      return collect(record, name, payload);
    }
    if (wait.hasFirst()) {
      EventWait match = wait.getFirst().getEventsList().stream()
          .filter(e -> e.getName().equals(name)).findFirst().orElse(null);
      if (match == null) {
        return keepInInbox(record, name, payload);
      }
      if (!PayloadTypes.isNamed(match.getType(), payload)) {
        throw wrongPayload(id, name, match.getType(), payload);
      }
      return steps.resume(record, steps.restore(record), new Fired(name, payload));
    }
    if (!wait.hasEvent() || !name.equals(wait.getEvent().getName())) {
      return keepInInbox(record, name, payload);
    }
    Machine.Stack stack = steps.restore(record);
    SuspensionPoint point = stack.innermostPoint();
    if (point.eventType() == null || !PayloadTypes.accepts(point.eventType(), payload)) {
      throw wrongPayload(id, name, point.eventType().getName(), payload);
    }
    return steps.resume(record, stack, payload);
  }

  /**
   * An event for an all-of wait: kept in the wait's slot for it, and once every event has arrived
   * and the timer, if any, has fired, the instance runs on with all of them.
   */
  private Outcome<?> collect(InstanceRecord record, String name, Object payload) {
    AllOfWait all = record.getWait().getAll();
    int slot = -1;
    for (int i = 0; i < all.getEventsCount() && slot < 0; i++) {
      if (!all.getArrived(i) && all.getEvents(i).getName().equals(name)) {
        slot = i;
      }
    }
    if (slot < 0) {
      return keepInInbox(record, name, payload);
    }
    if (!PayloadTypes.isNamed(all.getEvents(slot).getType(), payload)) {
      throw wrongPayload(record.getId(), name, all.getEvents(slot).getType(), payload);
    }
    if (payload instanceof BranchOutcome outcome && outcome.failed()) {
      // joinAll fails at the first failure
      return steps.resume(record, steps.restore(record), name, outcome);
    }
    Codec<Object> codec;
    try {
      codec = Codecs.forType(payload.getClass());
    } catch (CodecException e) {
      throw new UnexpectedEventException("event \"" + name + "\" for instance \""
          + record.getId() + "\" cannot be kept until the other events arrive: "
          + e.getMessage() + "; nothing was changed", e);
    }
    AllOfWait updated = all.toBuilder().setReceived(slot, codec.encode(payload))
        .setArrived(slot, true).build();
    return settleAll(record, updated);
  }

  /** The timer of an all-of wait has fired: runs on if nothing else is missing. */
  Outcome<?> allOfTimerFired(InstanceRecord record) {
    return settleAll(record, record.getWait().getAll().toBuilder().setTimerFired(true).build());
  }

  /** Runs on if {@code all} is complete; otherwise stores how far it has got. */
  private Outcome<?> settleAll(InstanceRecord record, AllOfWait all) {
    InstanceRecord progressed = record.toBuilder()
        .setWait(WaitCondition.newBuilder().setAll(all)).build();
    boolean complete = all.getTimerFired() && all.getArrivedList().stream().allMatch(a -> a);
    if (complete) {
      List<dev.resumable.proto.Value> values = new ArrayList<>(all.getReceivedList());
      return steps.resume(progressed, steps.restore(record), new Step.Collected(values));
    }
    InstanceRecord next = progressed.toBuilder().setRevision(record.getRevision() + 1)
        .setUpdatedAtEpochMillis(clock.millis()).build();
    instances.update(next, record.getRevision());
    return records.outcome(next, null);
  }

  private Outcome<?> keepInInbox(InstanceRecord record, String name, Object payload) {
    // An event no wait of this instance can ever take would sit in the inbox forever.
    waitable.requireWaitable(record, name);
    waitable.requireAcceptedPayload(record, name, payload);
    InstanceRecord next = records.withInboxEvent(record, inboxEvent(record.getId(), name,
        payload, "nothing waits for it yet"));
    instances.update(next, record.getRevision());
    return records.outcome(next, null);
  }

  /** The event as kept in an inbox; refused, naming {@code why} it is kept, if it cannot be. */
  private InboxEvent inboxEvent(String id, String name, Object payload, String why) {
    if (payload == null) {
      throw new UnexpectedEventException("event \"" + name + "\" for instance \"" + id
          + "\" has a null payload and " + why + "; an event kept for later needs a payload;"
          + " nothing was changed");
    }
    Codec<Object> codec;
    try {
      codec = Codecs.forType(payload.getClass());
    } catch (CodecException e) {
      throw new UnexpectedEventException("event \"" + name + "\" for instance \"" + id
          + "\" arrived before anything waits for it and cannot be kept: " + e.getMessage()
          + "; nothing was changed", e);
    }
    return records.inboxEvent(name, payload, codec);
  }

  /**
   * Delivers the event to instance {@code id}, starting it from {@code entry} first if it does
   * not exist. A new instance is started with the event already in its inbox (and its id, if
   * any, remembered), in the commit of its first step: it never exists without the event, and
   * its first wait for that name takes it. An event the new instance could never wait for is
   * refused before any of its code runs.
   */
  Outcome<?> signalWithStart(String id, String name, Object payload, String eventId,
      Frame entry) {
    Optional<InstanceRecord> existing = instances.find(id);
    if (existing.isPresent()) {
      return deliverTo(existing.get(), name, payload, eventId);
    }
    InstanceRecord.Builder fresh = records.newRecord(id, Machine.typeOf(entry));
    waitable.requireWaitable(fresh.build(), name);
    waitable.requireAcceptedPayload(fresh.build(), name, payload);
    fresh.addInbox(inboxEvent(id, name, payload, "it is started with it"));
    if (eventId != null) {
      fresh.addAppliedEventIds(eventId);
    }
    try {
      return steps.start(fresh, entry);
    } catch (InstanceExistsException startedMeanwhile) {
      // Another engine on the store started it between the look and the insert: deliver to it.
      return deliverTo(instances.read(id), name, payload, eventId);
    }
  }

  /**
   * Delivers the event to a stored instance; one with {@code eventId} (if not null) that it
   * applied recently is not applied again, and its current outcome is returned.
   */
  Outcome<?> deliverTo(InstanceRecord record, String name, Object payload, String eventId) {
    if (eventId != null && EventIds.applied(record, eventId)) {
      return records.outcome(record, null);
    }
    Status status = InstanceRecords.status(record);
    if (status != Status.WAITING) {
      throw new InstanceFinishedException(record.getId(), status);
    }
    return eventId == null ? deliver(record, name, payload)
        : deliverOnce(record, name, payload, eventId);
  }

  private static UnexpectedEventException wrongPayload(String id, String name, String type,
      Object payload) {
    return new UnexpectedEventException("instance \"" + id + "\" waits for event \"" + name
        + "\" of type " + type + ", but the payload is "
        + (payload == null ? "null" : "a " + payload.getClass().getName())
        + "; nothing was changed");
  }
}
