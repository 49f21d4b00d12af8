package dev.resumable;

/**
 * A transactional step used the connection the engine gave it in a way that would break the
 * transaction shared with the step's checkpoint: it committed, rolled back, changed auto-commit
 * or closed it, or used it after the attempt. The attempt fails for good, never retried, and
 * nothing it wrote is committed.
 */
public final class TransactionalStepException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public TransactionalStepException(String message) {
    super(message);
  }
}
