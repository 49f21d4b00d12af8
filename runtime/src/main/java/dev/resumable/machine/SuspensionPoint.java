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
 */
public record SuspensionPoint(
    String id,
    int label,
    int line,
    String eventName,
    Class<?> eventType,
    String callee,
    List<String> liveLocals) {

  public SuspensionPoint {
    liveLocals = List.copyOf(liveLocals);
  }

}
