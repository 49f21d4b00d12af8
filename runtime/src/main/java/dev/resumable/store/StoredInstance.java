package dev.resumable.store;

import java.util.Objects;

/**
 * One instance as the store sees it: a few indexed columns and the encoded state.
 *
 * @param id the instance id chosen by the application
 * @param method the entry method key
 * @param status the instance status name, e.g. {@code WAITING}
 * @param revision incremented by every committed change, starting at 1
 * @param state the protobuf-encoded {@code InstanceRecord}
 */
public record StoredInstance(String id, String method, String status, long revision, byte[] state) {

  public StoredInstance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(state, "state");
  }
}
