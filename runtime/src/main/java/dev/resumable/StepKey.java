package dev.resumable;

/**
 * The durable step whose attempt runs, for its code to read with {@link Workflow#step()}.
 *
 * @param instanceId the instance the step belongs to
 * @param sequence the step's number in that instance, from 1: the same in every attempt and
 *     after every restart, different for the same call in the next loop iteration
 * @param point the stable id of the call's point, e.g. {@code step:charge}
 * @param attempt this attempt, from 1
 */
public record StepKey(String instanceId, int sequence, String point, int attempt) {

  /**
   * A key that stays the same across the step's attempts and restarts, and that no other step
   * has: hand it to an external API that removes duplicates (a payment provider's
   * idempotency key), so that an attempt repeated after a crash is applied once there.
   */
  public String idempotencyKey() {
    return instanceId + "/step-" + sequence;
  }
}
