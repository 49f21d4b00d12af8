package dev.resumable.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One instance as the store sees it: a few indexed columns and the encoded state.
 *
 * @param id the instance id chosen by the application
 * @param method the entry method key
 * @param status the instance status name, e.g. {@code WAITING}
 * @param revision incremented by every committed change, starting at 1
 * @param state the protobuf-encoded {@code InstanceRecord}
 * @param due when the timer the instance waits for fires; null if it waits for no timer
 * @param waitKey the event and correlation key it waits for, as {@code name/key}; null if none
 * @param index what queries find it by; {@link InstanceIndex#NONE} if not known
 */
public record StoredInstance(String id, String method, String status, long revision, byte[] state,
    Instant due, String waitKey, InstanceIndex index) {

  public StoredInstance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(index, "index");
  }

  /** An instance whose query fields are not known. */
  public StoredInstance(String id, String method, String status, long revision, byte[] state,
      Instant due, String waitKey) {
    this(id, method, status, revision, state, due, waitKey, InstanceIndex.NONE);
  }

  /** An instance that waits for no timer and no keyed event. */
  public StoredInstance(String id, String method, String status, long revision, byte[] state) {
    this(id, method, status, revision, state, null, null);
  }

  /** An instance that waits for no keyed event. */
  public StoredInstance(String id, String method, String status, long revision, byte[] state,
      Instant due) {
    this(id, method, status, revision, state, due, null);
  }
}
