package dev.resumable.store;

import dev.resumable.query.AttributeValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the query API finds an instance by, written with it: the engine derives it from the
 * instance's record, so that a store can index it without decoding the state.
 *
 * @param startedAt when the instance started, by the engine's clock; null to use the store's
 *     clock (an insert only: an update keeps the start)
 * @param changedAt when this change was made, by the engine's clock; null for the store's clock
 * @param waitEvents the names of the events the instance waits for now, in name order (made
 *     distinct); empty if none
 * @param failureType the class name of the exception it ended with; null if none
 * @param parentId the instance that started it as a branch; null for none
 * @param attributesSet the search attributes this change sets; the others stay as stored
 */
public record InstanceIndex(Instant startedAt, Instant changedAt, List<String> waitEvents,
    String failureType, String parentId, Map<String, AttributeValue> attributesSet) {

  /** Nothing known: times by the store's clock, no events, failure, parent or attributes. */
  public static final InstanceIndex NONE =
      new InstanceIndex(null, null, List.of(), null, null, Map.of());

  public InstanceIndex {
    // Sorted and distinct: a first-of may wait for one name under two keys.
    waitEvents = waitEvents.stream().distinct().sorted().toList();
    attributesSet = Map.copyOf(attributesSet);
  }
}
