package dev.resumable.machine;

import java.util.List;

/**
 * A place in a {@code @Resumable} method where it can stop.
 *
 * @param id stable across builds that keep the point, e.g. {@code event:payment}; stored frames
 *     name their point by id, so code between points can change without breaking them
 * @param label the state the frame continues at
 * @param line source line of the call, for stack traces and inspection
 * @param eventName for an event wait, the event's name; otherwise null
 * @param eventType for an event wait, the payload type; otherwise null
 * @param callee for a nested call, the callee's method key; otherwise null
 * @param liveLocals names of the locals stored at this point
 * @param kind what the point waits for, which a stored wait must match
 */
public record SuspensionPoint(
    String id,
    int label,
    int line,
    String eventName,
    Class<?> eventType,
    String callee,
    List<String> liveLocals,
    Kind kind) {

  public SuspensionPoint {
    liveLocals = List.copyOf(liveLocals);
  }

  /** The kinds of suspension point, each stored as its own kind of wait. */
  public enum Kind { EVENT, TIMER, FIRST_OF, ALL_OF, JOIN, CALL, STEP }

}
