package dev.resumable.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One instance in a {@linkplain Store#list listing}: its indexed columns, without its state.
 *
 * @param writtenAt when the store last wrote it, by the store's clock
 */
public record InstanceSummary(String id, String method, String status, long revision,
    Instant due, Instant writtenAt) {

  public InstanceSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(writtenAt, "writtenAt");
  }
}
