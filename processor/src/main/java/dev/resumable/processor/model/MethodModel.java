package dev.resumable.processor.model;

import com.palantir.javapoet.ClassName;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Everything the writer needs for one {@code @Resumable} method, complete and checked: states in
 * order, suspension points with their live locals, the names of every local, and the classes,
 * records, enums and interfaces the body declares, which are declared first in {@code run} so
 * that the hoisted locals can have their types; and the names of the events the method's own
 * code waits for ({@code eventNames}, null if it computes names at run time); the
 * compensations it registers on sagas ({@code undos}); and the values it exposes to queries
 * under constant names ({@code exposures}).
 */
public record MethodModel(
    ExecutableElement method,
    TypeElement owner,
    TreePath methodPath,
    String methodKey,
    String fingerprint,
    ClassName frameClass,
    String sourceFile,
    List<LocalVar> parameters,
    List<LocalVar> hoisted,
    List<State> states,
    List<Point> points,
    Map<VariableElement, String> localNames,
    Map<LocalVar, String> captureNames,
    Map<Tree, JumpLabels> jumpLabels,
    Map<Tree, YieldTarget> yieldTargets,
    InternalNames names,
    LocalVar caught,
    List<TreePath> localTypes,
    List<String> eventNames,
    List<Undo> undos,
    List<Exposure> exposures) {

  public MethodModel {
    undos = List.copyOf(undos);
    exposures = List.copyOf(exposures);
  }

  /** Where a yield of a switch expression whose cases were taken apart puts its value. */
  public record YieldTarget(LocalVar result, Label end) {}

  /** Whether some state has an exception handler, so the dispatch loop catches exceptions. */
  public boolean catchesExceptions() {
    return states.stream().anyMatch(s -> s.handler() != null);
  }

  public boolean isStatic() {
    return method.getModifiers().contains(javax.lang.model.element.Modifier.STATIC);
  }

  public TypeMirror returnType() {
    return method.getReturnType();
  }

  /** Where {@code break} and {@code continue} of an exploded statement go. */
  public record JumpLabels(Label breakTo, Label continueTo) {}

  /** Names of the generated class's own members, chosen not to collide with the user's. */
  public record InternalNames(String self, String step, String label, String dispatch,
      String thrown) {}
}
