package dev.resumable.store;

import dev.resumable.proto.AllOfWait;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.Status;
import dev.resumable.proto.WaitCondition;
import dev.resumable.query.AttributeValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the query API finds an instance by, read off its record: by the engine for each write,
 * and by a store upgrading rows that an older version wrote without it.
 */
public final class RecordIndex {

  private RecordIndex() {}

  /** The index of {@code record}, with the search attributes its step set. */
  public static InstanceIndex of(InstanceRecord record,
      Map<String, AttributeValue> attributesSet) {
    boolean endedByException = record.getStatus() == Status.FAILED
        || record.getStatus() == Status.CANCELLED;
    return new InstanceIndex(
        Instant.ofEpochMilli(record.getCreatedAtEpochMillis()),
        Instant.ofEpochMilli(record.getUpdatedAtEpochMillis()),
        waitEvents(record),
        endedByException && record.hasFailure() ? record.getFailure().getType() : null,
        record.getParentId().isEmpty() ? null : record.getParentId(),
        attributesSet);
  }

  /** The events a waiting instance still waits for: of an all-of, those not yet arrived. */
  private static List<String> waitEvents(InstanceRecord record) {
    List<String> names = new ArrayList<>();
    if (record.getStatus() != Status.WAITING || !record.hasWait()) {
      return names;
    }
    WaitCondition wait = record.getWait();
    if (wait.hasEvent()) {
      names.add(wait.getEvent().getName());
    } else if (wait.hasFirst()) {
      wait.getFirst().getEventsList().forEach(event -> names.add(event.getName()));
    } else if (wait.hasAll()) {
      AllOfWait all = wait.getAll();
      for (int i = 0; i < all.getEventsCount(); i++) {
        if (i >= all.getArrivedCount() || !all.getArrived(i)) {
          names.add(all.getEvents(i).getName());
        }
      }
    }
    return names;
  }
}
