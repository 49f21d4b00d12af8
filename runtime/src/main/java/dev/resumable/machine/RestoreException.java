package dev.resumable.machine;

/**
 * A stored stack that this build cannot continue. {@link #incompatible()} tells a frame saved by
 * different code (method gone, fingerprint or suspension point changed) from damaged data.
 */
public final class RestoreException extends Exception {

  private final boolean incompatible;

  RestoreException(String message, boolean incompatible, Throwable cause) {
    super(message, cause);
    this.incompatible = incompatible;
  }

  public boolean incompatible() {
    return incompatible;
  }
}
