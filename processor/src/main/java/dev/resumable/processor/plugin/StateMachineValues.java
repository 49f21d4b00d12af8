package dev.resumable.processor.plugin;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What a generated class's {@code @StateMachine} says it was compiled from. Read through
 * annotation mirrors: the runtime, which declares the annotation, is not on the processor path.
 */
record StateMachineValues(String method, List<String> points, List<String> stored) {

  static final String ANNOTATION = "dev.resumable.machine.StateMachine";

  /** The values on {@code frame}, or null if it carries no {@code @StateMachine}. */
  static StateMachineValues read(TypeElement frame, Elements elements) {
    for (AnnotationMirror mirror : frame.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(ANNOTATION)) {
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
            elements.getElementValuesWithDefaults(mirror);
        return new StateMachineValues(String.valueOf(value(values, "method")),
            strings(value(values, "points")), strings(value(values, "stored")));
      }
    }
    return null;
  }

  private static Object value(Map<? extends ExecutableElement, ? extends AnnotationValue> values,
      String name) {
    for (var entry : values.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue().getValue();
      }
    }
    return null;
  }

  /** An array member's strings; javac gives even a single unbraced element as a list. */
  private static List<String> strings(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(v -> String.valueOf(((AnnotationValue) v).getValue())).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }
}
