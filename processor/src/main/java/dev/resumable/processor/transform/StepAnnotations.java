package dev.resumable.processor.transform;

import dev.resumable.processor.model.StepSpec;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads a {@code @Step} method's annotation, with its defaults, as mirrors. */
public final class StepAnnotations {

  private StepAnnotations() {}

  /** The policy and types of {@code method}; durations as written (validation parses them). */
  public static StepSpec read(ExecutableElement method, Elements elements) {
    AnnotationMirror step = mirror(method);
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        elements.getElementValuesWithDefaults(step);
    List<TypeMirror> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      parameters.add(parameter.asType());
    }
    return new StepSpec(parameters, method.getReturnType(),
        (Integer) value(values, "maxAttempts"), canonical(value(values, "initialBackoff")),
        ((Number) value(values, "backoffMultiplier")).doubleValue(),
        canonical(value(values, "maxBackoff")), classes(value(values, "retryOn")),
        classes(value(values, "doNotRetry")), canonical(value(values, "attemptTimeout")),
        canonical(value(values, "deadline")), (Boolean) value(values, "transactional"));
  }

  /** {@code text} as {@link Duration#toString} writes it; as written if it does not parse. */
  private static String canonical(Object text) {
    String written = ((String) text).trim();
    if (written.isEmpty()) {
      return "";
    }
    try {
      return Duration.parse(written).toString();
    } catch (DateTimeParseException e) {
      return written;
    }
  }

  /** The duration {@code text} stands for; null if it is not ISO-8601 ("PT2S"). */
  public static Duration parse(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static AnnotationMirror mirror(ExecutableElement method) {
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(SuspensionCalls.STEP)) {
        return mirror;
      }
    }
    throw new AssertionError(method + " is not a @Step method");
  }

  private static Object value(Map<? extends ExecutableElement, ? extends AnnotationValue> values,
      String name) {
    for (var entry : values.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue().getValue();
      }
    }
    throw new AssertionError("@Step has no attribute " + name);
  }

  private static List<TypeMirror> classes(Object list) {
    List<TypeMirror> types = new ArrayList<>();
    for (Object item : (List<?>) list) {
      types.add((TypeMirror) ((AnnotationValue) item).getValue());
    }
    return types;
  }
}
