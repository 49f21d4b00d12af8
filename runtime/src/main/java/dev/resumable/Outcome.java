package dev.resumable;

import java.util.List;

/**
 * An instance as it stands after a committed step: waiting (for what), completed (with its
 * value) or failed (with its exception).
 */
public final class Outcome<R> {

  private final String id;
  private final Status status;
  private final String awaitedEvent;
  private final String waitingFor;
  private final java.time.Instant due;
  private final R result;
  private final Failure failure;
  private final List<String> inbox;
  private final UnreadableInstanceException unreadable;

  Outcome(String id, Status status, String awaitedEvent, String waitingFor, java.time.Instant due,
      R result, Failure failure, List<String> inbox) {
    this(id, status, awaitedEvent, waitingFor, due, result, failure, inbox, null);
  }

  private Outcome(String id, Status status, String awaitedEvent, String waitingFor, java.time.Instant due,
      R result, Failure failure, List<String> inbox, UnreadableInstanceException unreadable) {
    this.id = id;
    this.status = status;
    this.awaitedEvent = awaitedEvent;
    this.waitingFor = waitingFor;
    this.due = due;
    this.result = result;
    this.failure = failure;
    this.inbox = List.copyOf(inbox);
    this.unreadable = unreadable;
  }

  /** The outcome of an instance whose stored state cannot be read or continued, and why. */
  static Outcome<?> unreadable(String id, UnreadableInstanceException why) {
    return new Outcome<>(id, Status.UNREADABLE, null, null, null, null, null, List.of(), why);
  }

  public String id() {
    return id;
  }

  public Status status() {
    return status;
  }

  public boolean isWaiting() {
    return status == Status.WAITING;
  }

  public boolean isCompleted() {
    return status == Status.COMPLETED;
  }

  public boolean isFailed() {
    return status == Status.FAILED;
  }

  public boolean isCancelled() {
    return status == Status.CANCELLED;
  }

  public boolean isUnreadable() {
    return status == Status.UNREADABLE;
  }

  /**
   * Why the instance cannot be read or continued (its message names the instance and the
   * damage or the code it needs); null unless {@link Status#UNREADABLE}.
   */
  public UnreadableInstanceException unreadable() {
    return unreadable;
  }

  /** Name of the single event the instance waits for; null unless it waits for one. */
  public String awaitedEvent() {
    return awaitedEvent;
  }

  /** When the timer the instance waits for is due; null unless it waits for a timer. */
  public java.time.Instant timerDue() {
    return due;
  }

  /**
   * What the instance waits for, e.g. {@code event "payment" (Payment)}, {@code timer until
   * 2026-11-22T10:00:00Z} or {@code first of event "payment" (Payment), timeout at ...}; null
   * unless waiting.
   */
  public String waitingFor() {
    return waitingFor;
  }

  /**
   * The entry method's return value (null for a void method). Throws {@link
   * WorkflowFailedException} if the instance failed, {@link IllegalStateException} if it is
   * still waiting, and {@link #unreadable()} if it is unreadable.
   */
  public R result() {
    if (status == Status.FAILED || status == Status.CANCELLED) {
      throw new WorkflowFailedException(id, failure);
    }
    if (status == Status.UNREADABLE) {
      throw unreadable;
    }
    if (status != Status.COMPLETED) {
      throw new IllegalStateException("instance \"" + id + "\" is " + status + " for "
          + waitingFor() + " and has no result yet");
    }
    return result;
  }

  /** The result, checked against {@code type}: for outcomes of {@code resume}, typed loosely. */
  public <T> T result(Class<T> type) {
    Object value = result();
    if (value != null && !type.isInstance(value)) {
      throw new ClassCastException("the result of instance \"" + id + "\" is a "
          + value.getClass().getName() + ", not a " + type.getName());
    }
    return type.cast(value);
  }

  /** The exception that ended the instance; null unless it failed. */
  public Failure failure() {
    return failure;
  }

  /** Names of the events kept in the inbox because nothing waited for them yet, oldest first. */
  public List<String> inbox() {
    return inbox;
  }

  @Override
  public String toString() {
    switch (status) {
      case WAITING:
        return id + " WAITING for " + waitingFor()
            + (inbox.isEmpty() ? "" : ", inbox " + inbox);
      case COMPLETED:
        return id + " COMPLETED: " + result;
      case CANCELLED:
        return id + " CANCELLED";
      case UNREADABLE:
        return id + " UNREADABLE: " + unreadable.getMessage();
      default:
        return id + " FAILED: " + failure;
    }
  }
}
