package dev.resumable;

/**
 * Thrown at an instance's current wait when it is cancelled: its {@code finally} blocks run as the
 * exception passes, and an instance that ends by it is {@link Status#CANCELLED}. Workflow code may
 * catch it to clean up, but should let it pass.
 */
public final class CancelledException extends RuntimeException {

  public CancelledException(String message) {
    super(message);
  }
}
