package dev.resumable.processor.model;

import dev.resumable.processor.transform.SuspensionCalls;
import dev.resumable.processor.types.TypeText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a stored frame of one method depends on, and nothing else: each suspension point's stable
 * id and the locals stored there, with their declared types as text. Two builds whose shapes agree
 * at a point can continue each other's frames stopped there, whatever changed around it.
 *
 * @param methodKey the method's stable key
 * @param points in source order
 */
public record FrameShape(String methodKey, List<PointShape> points) {

  /**
   * One point.
   *
   * @param id its stable id, e.g. {@code event:payment}
   * @param kind what it waits for
   * @param line its source line, for messages
   * @param locals the stored locals by name, in declaration order, each with its type as text
   */
  public record PointShape(String id, SuspensionCalls.Kind kind, int line,
      Map<String, String> locals) {

    public PointShape {
      locals = Collections.unmodifiableMap(new LinkedHashMap<>(locals));
    }
  }

  public FrameShape {
    points = List.copyOf(points);
  }

  public static FrameShape of(MethodModel model) {
    List<PointShape> points = new ArrayList<>();
    for (Point point : model.points()) {
      Map<String, String> locals = new LinkedHashMap<>();
      point.stored().forEach(l -> locals.put(l.storedName(), TypeText.of(l.type())));
      points.add(new PointShape(point.id(), point.kind(), point.line(), locals));
    }
    return new FrameShape(model.methodKey(), points);
  }

  /** Every stored local's type by name: a name has one type within a method. */
  public Map<String, String> localTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    points.forEach(p -> types.putAll(p.locals()));
    return types;
  }
}
