package dev.resumable.query;

import dev.resumable.Status;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One instance found by a query: its indexed columns, read without decoding its state (so an
 * instance this build cannot read is listed too; {@code Engine.inspect} says more).
 *
 * @param startedAt when it was first stored, by the engine's clock
 * @param changedAt when its last change was committed, by the engine's clock
 * @param due when the timer it waits for is due; null if none
 * @param waitingFor the events it waits for now, in name order; empty if none
 * @param failureType the class name of the exception it failed (or was cancelled) with; null if
 *     it did not
 * @param parentId the instance that started it as a branch; null for a top-level instance
 */
public record InstanceInfo(String id, String method, Status status, long revision,
    Instant startedAt, Instant changedAt, Instant due, List<String> waitingFor,
    String failureType, String parentId) {

  public InstanceInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(changedAt, "changedAt");
    waitingFor = List.copyOf(waitingFor);
  }

  public Optional<Instant> dueTime() {
    return Optional.ofNullable(due);
  }

  /** The sort key of this instance in {@code order}: for the cursor of a page ending here. */
  Instant sortKey(InstanceQuery.Order order) {
    return switch (order) {
      case ID -> null;
      case STARTED -> startedAt;
      case CHANGED -> changedAt;
      case DUE -> due;
    };
  }
}
