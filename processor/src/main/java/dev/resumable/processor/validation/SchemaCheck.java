package dev.resumable.processor.validation;

import dev.resumable.processor.model.FrameShape;
import dev.resumable.processor.model.FrameShape.PointShape;
import dev.resumable.processor.schema.TypeCompatibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares a method as it is now with its committed schema and says, as diff lines, each change
 * that would strand instances waiting under the committed version: a point they stopped at is
 * gone, or a local live there now has no stored value of a type it can read. Changes that leave
 * every committed point continuable (new points, locals no longer needed, wider types) are no
 * difference here.
 */
public final class SchemaCheck {

  private SchemaCheck() {}

  /** The stranding changes from {@code committed} to {@code now}; empty if there are none. */
  public static List<String> strandingChanges(FrameShape committed, FrameShape now) {
    List<String> diff = new ArrayList<>();
    for (PointShape old : committed.points()) {
      PointShape current = now.points().stream().filter(p -> p.id().equals(old.id()))
          .findFirst().orElse(null);
      if (current == null) {
        diff.add("-   point " + old.id() + "   (removed or renamed)");
        continue;
      }
      List<String> locals = new ArrayList<>();
      for (Map.Entry<String, String> local : current.locals().entrySet()) {
        String stored = old.locals().get(local.getKey());
        if (stored == null) {
          locals.add("+     " + local.getKey() + ": " + local.getValue()
              + "   (live here now, never stored)");
        } else if (!TypeCompatibility.compatible(stored, local.getValue())) {
          locals.add("-     " + local.getKey() + ": " + stored);
          locals.add("+     " + local.getKey() + ": " + local.getValue()
              + "   (cannot hold the stored value)");
        }
      }
      if (!locals.isEmpty()) {
        diff.add("    point " + old.id());
        diff.addAll(locals);
      }
    }
    return diff;
  }
}
