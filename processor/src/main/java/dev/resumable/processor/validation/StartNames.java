package dev.resumable.processor.validation;

import dev.resumable.processor.diag.Message;
import dev.resumable.processor.diag.Reporter;
import dev.resumable.processor.model.MethodModel;
import dev.resumable.processor.model.ResumerModel;
import dev.resumable.processor.model.StartMethod;
import dev.resumable.processor.transform.ResumableAnnotation;
import dev.resumable.processor.types.TypeVariables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;

/**
 * Names the start methods of a package's {@code Resumer} so that a name depends only on its own
 * method: {@code start} and the method's name, or the name its annotation gives. Two classes
 * whose methods would share a name are an error on both, never a silent renaming, since a name
 * that changed when a class was added would break the callers of the other.
 */
public final class StartNames {

  private final Reporter reporter;

  public StartNames(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The name its annotation gives, if valid; reported on the method if not. Per method. */
  public void validate(ExecutableElement method) {
    String declared = declared(method);
    if (!declared.isEmpty() && !isStartName(declared)) {
      reporter.error(method, Message.INVALID_START_NAME, declared, describe(method),
          qualifiedDefault(method));
    }
    if (TypeVariables.isStartable(method) && method.getParameters().stream()
        .anyMatch(p -> p.getSimpleName().contentEquals(StartMethod.ID_PARAMETER))) {
      reporter.error(method, Message.RESERVED_PARAMETER, describe(method), nameOf(method));
    }
  }

  /**
   * The package's start methods. Methods whose names clash are reported and left out, so that
   * the rest of the Resumer is written and its callers see no errors but the one to fix.
   */
  public ResumerModel plan(String packageName, List<MethodModel> methods) {
    Map<String, List<MethodModel>> byName = new LinkedHashMap<>();
    for (MethodModel method : methods) {
      if (TypeVariables.isStartable(method.method())) {
        byName.computeIfAbsent(nameOf(method.method()), n -> new ArrayList<>()).add(method);
      }
    }
    List<StartMethod> starts = new ArrayList<>();
    byName.forEach((name, group) -> {
      Set<String> owners = new TreeSet<>();
      group.forEach(m -> owners.add(m.owner().getQualifiedName().toString()));
      if (owners.size() == 1) {
        group.forEach(m -> starts.add(new StartMethod(name, m)));
        return;
      }
      for (MethodModel method : group) {
        List<String> others = group.stream().filter(o -> o.owner() != method.owner())
            .map(o -> describe(o.method())).distinct().toList();
        reporter.error(method.method(), Message.START_NAME_CLASH, packageName, name,
            describe(method.method()), String.join(", ", others),
            qualifiedDefault(method.method()));
      }
    });
    return new ResumerModel(packageName, starts, methods);
  }

  /** {@code startFulfil} for {@code fulfil}, unless the annotation names it. */
  static String nameOf(ExecutableElement method) {
    String declared = declared(method);
    return declared.isEmpty() || !isStartName(declared)
        ? "start" + capitalized(method.getSimpleName().toString())
        : declared;
  }

  private static boolean isStartName(String name) {
    return name.length() > "start".length() && name.startsWith("start")
        && Character.isUpperCase(name.charAt("start".length()))
        && SourceVersion.isName(name);
  }

  /** A name that only this method's class can claim, offered as the fix. */
  private static String qualifiedDefault(ExecutableElement method) {
    return "start" + method.getEnclosingElement().getSimpleName()
        + capitalized(method.getSimpleName().toString());
  }

  private static String declared(ExecutableElement method) {
    return ResumableAnnotation.start(method);
  }

  private static String describe(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
