package dev.resumable.machine;

import dev.resumable.proto.FrameRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether this build can continue a stored frame, judged at the point it stopped and nowhere
 * else: the point still exists by its stable id, and every local live there in this build has a
 * stored value whose stored type it can read ({@link LocalTypeChanges}). Stored locals this build
 * no longer needs there are dropped. So code elsewhere in the method, other points and what lies
 * between them can change without stranding a frame.
 *
 * <p>A record written before local types were kept is judged as it was then: only code with the
 * same fingerprint continues it.
 */
final class PointFit {

  private PointFit() {}

  /** The point of {@code type} that {@code record} continues at; refused with what differs. */
  static SuspensionPoint check(FrameRecord record, FrameType type) throws RestoreException {
    String where = record.getMethodKey() + " at " + record.getSuspensionId();
    SuspensionPoint point = type.pointWithId(record.getSuspensionId());
    if (point == null) {
      throw new RestoreException("it is suspended in " + where + ", a suspension point this"
          + " build of the method no longer has (its points now: " + ids(type) + "); keep that"
          + " wait in the method (a statement label on it, such as `payment:`, keeps its id"
          + " when waits are added before it), or register a migration from it", true, null);
    }
    Map<String, String> declared = type.localTypes();
    if (!record.getHasLocalTypes() || declared == null) {
      if (!type.fingerprint().equals(record.getFingerprint())) {
        throw new RestoreException("it is suspended in " + where + ", saved by a version of"
            + " the method whose suspension points or live locals differ (stored fingerprint "
            + record.getFingerprint() + ", this build " + type.fingerprint() + "), and stored"
            + " before local types were kept, so it cannot be judged point by point; continue"
            + " it with the build that stored it, or register a migration from it", true, null);
      }
      return point;
    }
    List<String> differences = new ArrayList<>();
    for (String name : point.liveLocals()) {
      String now = declared.getOrDefault(name, "?");
      String stored = record.getLocalTypesOrDefault(name, null);
      if (!record.containsLocals(name)) {
        differences.add("local '" + name + "' (" + now + ") is live there now but was not"
            + " stored");
      } else if (stored == null) {
        differences.add("local '" + name + "' was stored without its type");
      } else if (!LocalTypeChanges.compatible(stored, now)) {
        differences.add("local '" + name + "' was stored as " + stored + " and is now " + now
            + ", which cannot hold it");
      }
    }
    if (!differences.isEmpty()) {
      throw new RestoreException("it is suspended in " + where + ", where this build differs"
          + " from the code that stored it: " + String.join("; ", differences) + "; keep those"
          + " locals' names and types at that point (a wider type is fine, e.g. ArrayList into"
          + " List, int into long), or register a migration from it", true, null);
    }
    return point;
  }

  private static String ids(FrameType type) {
    List<String> ids = type.points().stream().map(SuspensionPoint::id).toList();
    return ids.isEmpty() ? "none" : String.join(", ", ids);
  }
}
