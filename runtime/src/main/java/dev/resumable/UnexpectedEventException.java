package dev.resumable;

/** An event the instance cannot take (wrong payload type, or not storable); nothing was changed. */
public final class UnexpectedEventException extends ResumableException {

  public UnexpectedEventException(String message) {
    super(message);
  }

  public UnexpectedEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
