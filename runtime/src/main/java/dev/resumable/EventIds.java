package dev.resumable;

import dev.resumable.proto.InstanceRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids of the events an instance applied lately, kept in its record, so that an event sent
 * twice (a retry after a lost reply, say) is applied once.
 */
final class EventIds {

  /** How many ids each instance remembers. */
  static final int REMEMBERED = 256;

  private EventIds() {}

  static boolean applied(InstanceRecord record, String eventId) {
    return record.getAppliedEventIdsList().contains(eventId);
  }

  /** {@code record} remembering {@code eventId} too, forgetting the oldest beyond the limit. */
  static InstanceRecord remembering(InstanceRecord record, String eventId) {
    List<String> ids = new ArrayList<>(record.getAppliedEventIdsList());
    ids.add(eventId);
    return record.toBuilder().clearAppliedEventIds()
        .addAllAppliedEventIds(ids.subList(Math.max(0, ids.size() - REMEMBERED), ids.size()))
        .build();
  }
}
