package dev.resumable.processor.schema;

import dev.resumable.processor.model.FrameShape;
import dev.resumable.processor.model.FrameShape.PointShape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed schema of one class's {@code @Resumable} methods, as text meant to be read in a
 * code review: each method, its suspension points by stable id, and the locals stored at each
 * with their declared types. Lines change only when what stored instances depend on changes, so
 * an edit between waits leaves the file as it was.
 *
 * <pre>
 * method com.acme.Orders#checkout(java.lang.String)
 *   point event:payment
 *     orderId: java.lang.String
 * </pre>
 */
public final class SchemaFile {

  private static final String METHOD = "method ";
  private static final String POINT = "  point ";
  private static final String LOCAL = "    ";

  private SchemaFile() {}

  public static String format(String className, Collection<FrameShape> methods) {
    StringBuilder text = new StringBuilder()
        .append("# Resumable schema of ").append(className).append(": what waiting instances of")
        .append(" its @Resumable methods\n# depend on. Commit it; each build checks the code")
        .append(" against it and updates it.\n");
    for (FrameShape method : methods) {
      text.append(METHOD).append(method.methodKey()).append('\n');
      for (PointShape point : method.points()) {
        text.append(POINT).append(point.id()).append('\n');
        point.locals().forEach((name, type) ->
            text.append(LOCAL).append(name).append(": ").append(type).append('\n'));
      }
    }
    return text.toString();
  }

  /** The methods of a file {@link #format} wrote, by method key; throws on any other text. */
  public static Map<String, FrameShape> parse(String text) {
    Map<String, FrameShape> methods = new LinkedHashMap<>();
    String method = null;
    List<PointShape> points = new ArrayList<>();
    String point = null;
    Map<String, String> locals = new LinkedHashMap<>();
    int number = 0;
    for (String line : (text + "\n" + METHOD).split("\n", -1)) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith(METHOD) || line.startsWith(POINT)) {
        if (point != null) {
          points.add(new PointShape(point, null, 0, locals));
          point = null;
          locals = new LinkedHashMap<>();
        }
      }
      if (line.startsWith(METHOD)) {
        if (method != null) {
          methods.put(method, new FrameShape(method, points));
        }
        method = line.substring(METHOD.length()).trim();
        points = new ArrayList<>();
      } else if (line.startsWith(POINT) && method != null) {
        point = line.substring(POINT.length()).trim();
      } else if (line.startsWith(LOCAL) && point != null && line.indexOf(": ") > 0) {
        int colon = line.indexOf(": ");
        locals.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
      } else {
        throw new IllegalArgumentException("line " + number + " is not a method, point or local: "
            + line);
      }
    }
    return methods;
  }
}
