package dev.resumable;

/** Thrown by {@link Outcome#result()} for an instance that ended with an exception. */
public final class WorkflowFailedException extends ResumableException {

  private final Failure failure;

  WorkflowFailedException(String id, Failure failure) {
    super("instance \"" + id + "\" failed: " + failure, failure.exception());
    this.failure = failure;
  }

  public Failure failure() {
    return failure;
  }
}
