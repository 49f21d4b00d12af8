package dev.resumable;

import dev.resumable.machine.FrameRegistry;
import dev.resumable.machine.FrameType;
import dev.resumable.machine.SuspensionPoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The state machines an instance can run in: its entry method's and those of every {@code
 * @Resumable} method it calls, however deep, as this build has them. What the build recorded of
 * each (the events it waits for, the values it exposes) is what the engine judges requests by.
 */
final class CalledMethods {

  private CalledMethods() {}

  /** The entry method's type first; null if one of them is not in this build. */
  static List<FrameType> of(FrameRegistry registry, String entryMethod) {
    List<FrameType> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> pending = new ArrayDeque<>();
    pending.add(entryMethod);
    while (!pending.isEmpty()) {
      String key = pending.poll();
      if (!seen.add(key)) {
        continue; // recursion
      }
      FrameType type = registry.find(key);
      if (type == null) {
        return null;
      }
      found.add(type);
      for (SuspensionPoint point : type.points()) {
        if (point.kind() == SuspensionPoint.Kind.CALL && point.callee() != null) {
          pending.add(point.callee());
        }
      }
    }
    return found;
  }
}
