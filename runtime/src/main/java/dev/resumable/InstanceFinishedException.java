package dev.resumable;

/** An event for an instance that has already completed or failed; nothing was changed. */
public final class InstanceFinishedException extends ResumableException {

  public InstanceFinishedException(String id, Status status) {
    super("instance \"" + id + "\" is " + status + " and waits for nothing; events can only be"
        + " delivered to a WAITING instance");
  }
}
