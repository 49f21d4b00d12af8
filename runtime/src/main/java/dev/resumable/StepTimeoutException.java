package dev.resumable;

/** An attempt of a durable step ran longer than its {@link Step#attemptTimeout}. */
public final class StepTimeoutException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StepTimeoutException(String message) {
    super(message);
  }
}
