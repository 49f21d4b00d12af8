package dev.resumable.processor.transform;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** The attributes of a method's {@code @Resumable}, as written (defaults when not written). */
public final class ResumableAnnotation {

  private ResumableAnnotation() {}

  /** {@code start}: the start method's name, or "" for the default. */
  public static String start(ExecutableElement method) {
    Object value = attribute(method, "start");
    return value == null ? "" : value.toString();
  }

  /** {@code computedEventNames}: whether the method waits for events by names it computes. */
  public static boolean computedEventNames(ExecutableElement method) {
    return Boolean.TRUE.equals(attribute(method, "computedEventNames"));
  }

  private static Object attribute(ExecutableElement method, String name) {
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      if (((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(SuspensionCalls.RESUMABLE)) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value
            : annotation.getElementValues().entrySet()) {
          if (value.getKey().getSimpleName().contentEquals(name)) {
            return value.getValue().getValue();
          }
        }
      }
    }
    return null;
  }
}
