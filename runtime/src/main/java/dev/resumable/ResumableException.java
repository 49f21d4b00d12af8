package dev.resumable;

/** A request the engine refused; the message names the instance and what to do. */
public class ResumableException extends RuntimeException {

  public ResumableException(String message) {
    super(message);
  }

  public ResumableException(String message, Throwable cause) {
    super(message, cause);
  }
}
