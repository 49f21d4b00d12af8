package dev.resumable;

/**
 * A stored instance this build cannot continue: its state is damaged, or it was saved by code
 * whose suspension points differ. Other instances are unaffected and the stored state is kept.
 */
public final class UnreadableInstanceException extends ResumableException {

  private final String instanceId;
  private final boolean incompatibleCode;

  public UnreadableInstanceException(String id, String reason, boolean incompatibleCode,
      Throwable cause) {
    super("instance \"" + id + "\" cannot be continued: " + reason
        + (incompatibleCode
            ? "; deploy the code it was started with, or finish it with that version"
            : "; its stored state is kept unchanged"), cause);
    this.instanceId = id;
    this.incompatibleCode = incompatibleCode;
  }

  /** The instance that cannot be continued. */
  public String instanceId() {
    return instanceId;
  }

  /** True when the data is intact but was saved by different code. */
  public boolean incompatibleCode() {
    return incompatibleCode;
  }
}
