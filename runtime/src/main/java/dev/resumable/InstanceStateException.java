package dev.resumable;

/**
 * A call that the instance's state does not allow, such as a retry of an instance that has not
 * failed or a delete of one that still waits; the message says why and what to do instead, and
 * nothing was changed.
 */
public final class InstanceStateException extends ResumableException {

  public InstanceStateException(String message) {
    super(message);
  }
}
