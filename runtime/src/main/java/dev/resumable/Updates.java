package dev.resumable;

import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.WaitCondition;
import java.util.Map;

/**
 * Updates: requests an instance takes at a wait for them, answers in the step that takes them
 * ({@link Workflow#answer}), and answers again, unchanged, when asked again with the same id.
 * A validator may reject one first; an update an instance does not wait for now is refused, since
 * kept for later it could not be answered in this call. The caller holds the instance's lock.
 */
final class Updates {

  private final InstanceStore instances;
  private final EventRouter events;
  private final Map<String, UpdateValidator> validators;

  Updates(InstanceStore instances, EventRouter events, Map<String, UpdateValidator> validators) {
    this.instances = instances;
    this.events = events;
    this.validators = Map.copyOf(validators);
  }

  /**
   * Hands the update to instance {@code id} unless it took it already; either way, once its
   * step has committed, the answer is in the stored record under {@code updateId}.
   */
  Outcome<?> apply(String id, String name, Object request, String updateId) {
    InstanceRecord record = instances.read(id);
    if (EventIds.applied(record, updateId)) {
      return null; // taken and answered before: the answer is stored
    }
    Status status = InstanceRecords.status(record);
    if (status != Status.WAITING) {
      throw new InstanceFinishedException(id, status);
    }
    if (!waitsNowFor(record.getWait(), name)) {
      throw new UnexpectedEventException("instance \"" + id + "\" waits for "
          + InstanceRecords.waitingFor(record) + ", not for the update \"" + name + "\": an"
          + " update is taken only by a wait for it, so that it is answered at once; try again"
          + " when it waits for it; nothing was changed");
    }
    UpdateValidator validator = validators.get(name);
    if (validator != null) {
      try {
        validator.validate(id, request);
      } catch (Exception rejected) {
        throw new UpdateRejectedException(id, name, rejected);
      }
    }
    return UpdateAnswers.handling(id, updateId,
        () -> events.deliverOnce(record, name, request, updateId));
  }

  /** The answer the stored instance keeps for {@code updateId}, as {@code type}. */
  <A> A answer(String id, String name, String updateId, Class<A> type) {
    return UpdateAnswers.read(instances.read(id), name, updateId, type);
  }

  /** A wait for the event itself, or a first-of one of whose waits it is. */
  private static boolean waitsNowFor(WaitCondition wait, String name) {
    return wait.hasEvent() && wait.getEvent().getName().equals(name)
        || wait.hasFirst() && wait.getFirst().getEventsList().stream()
            .anyMatch(e -> e.getName().equals(name));
  }
}
