package dev.resumable;

/** An update its validator rejected; the instance was not changed. */
public final class UpdateRejectedException extends ResumableException {

  public UpdateRejectedException(String instanceId, String name, Throwable cause) {
    super("update \"" + name + "\" of instance \"" + instanceId + "\" was rejected: "
        + cause.getMessage() + "; nothing was changed", cause);
  }
}
