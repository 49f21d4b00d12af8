package dev.resumable.processor.transform;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.resumable.processor.diag.Message;
import dev.resumable.processor.diag.Reporter;
import dev.resumable.processor.model.Liveness;
import dev.resumable.processor.model.LocalVar;
import dev.resumable.processor.model.MethodModel;
import dev.resumable.processor.model.Point;
import dev.resumable.processor.model.State;
import dev.resumable.processor.model.TypeArgument;
import dev.resumable.processor.types.PersistableTypes;
import dev.resumable.processor.types.TypeVariables;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Types;

/**
 * Builds the model of a validated method, in named passes: cut the body into states, compute
 * liveness, check that every stored local can be stored, fingerprint the suspension points.
 */
public final class MethodModeler {

  private final Trees trees;
  private final Types types;
  private final javax.lang.model.util.Elements elements;
  private final SuspensionCalls calls;
  private final PersistableTypes persistable;
  private final Reporter reporter;

  public MethodModeler(Trees trees, Types types, javax.lang.model.util.Elements elements,
      SuspensionCalls calls, PersistableTypes persistable, Reporter reporter) {
    this.trees = trees;
    this.types = types;
    this.elements = elements;
    this.calls = calls;
    this.persistable = persistable;
    this.reporter = reporter;
  }

  /** The model, or null if a problem was reported. */
  public MethodModel model(ExecutableElement method, TreePath methodPath) {
    LocalTable locals = new LocalTable(trees, methodPath,
        elements.getTypeElement("java.lang.Throwable").asType());
    MethodModel.InternalNames names = new MethodModel.InternalNames(
        locals.internal("self"), locals.internal("step"), locals.internal("label"),
        locals.internal("dispatch"), locals.internal("thrown"));
    PointFactory points = new PointFactory(trees, calls, methodPath,
        new CallTypeArguments(trees, persistable, method), elements);
    StateMachineBuilder builder = new StateMachineBuilder(trees, types, elements, calls, locals,
        points, names, method.getReturnType());
    boolean returnsVoid = method.getReturnType().getKind() == TypeKind.VOID;
    List<State> states = builder.build(methodPath, returnsVoid);
    Liveness.analyze(states, locals.inOrder(), builder.caughtOrNull());
    checkHoistedTypes(locals.inOrder());
    List<Point> ordered = points.points();
    checkStoredTypes(method, ordered);
    checkStatedTypeArguments(method, ordered);
    if (reporter.hasErrors()) {
      return null;
    }
    String key = FrameNames.methodKey(method, types);
    return new MethodModel(method, (TypeElement) method.getEnclosingElement(), methodPath, key,
        fingerprint(key, ordered), FrameNames.frameClass(method),
        methodPath.getCompilationUnit().getSourceFile().getName()
            .replaceFirst(".*[/\\\\]", ""),
        locals.inOrder().stream().filter(LocalVar::isParameter).toList(), locals.inOrder(),
        states, ordered, locals.names(), locals.captureNames(), builder.jumpLabels(),
        builder.yieldTargets(), names, builder.caughtOrNull(),
        LocalTypes.declaredIn(methodPath), AwaitedNames.of(trees, methodPath, method),
        Undos.of(trees, elements, methodPath, points),
        Exposures.of(trees, types, methodPath));
  }

  private void checkHoistedTypes(List<LocalVar> hoisted) {
    for (LocalVar local : hoisted) {
      if (!persistable.isDenotable(local.type())) {
        reporter.error(local.declaration(), Message.NON_DENOTABLE_LOCAL, local.storedName(),
            local.type());
      }
    }
  }

  private void checkStoredTypes(ExecutableElement method, List<Point> points) {
    Set<LocalVar> reported = new HashSet<>();
    boolean knownFromCallers = TypeVariables.knownFromCallers(method);
    for (Point point : points) {
      for (LocalVar local : point.stored()) {
        if (CallTypeArguments.mentionsOwnVariables(local.type(), method) && !knownFromCallers) {
          Object[] args = {local.storedName(), point.line(), local.type(),
              method.getSimpleName(), method.getSimpleName(), local.storedName()};
          if (!reported.add(local)) {
            continue;
          }
          if (local.declaration() == null) {
            reporter.error(method, Message.TYPE_VARIABLE_UNSTATED, args);
          } else {
            reporter.error(local.declaration(), Message.TYPE_VARIABLE_UNSTATED, args);
          }
          continue;
        }
        // The type variables of a method that learns them from its callers are checked at each call.
        String why = persistable.whyNot(local.type(), method);
        if (why != null && reported.add(local)) {
          if (local.declaration() == null) {
            reporter.error(method, Message.NOT_PERSISTABLE, local.storedName(), point.line(),
                local.type(), why);
          } else {
            reporter.error(local.declaration(), Message.NOT_PERSISTABLE, local.storedName(),
                point.line(), local.type(), why);
          }
        }
      }
    }
  }

  /**
   * A method that can be started knows nothing of its type variables, so it cannot state them to
   * a callee that learns its own from its callers and may keep a value typed by them.
   */
  private void checkStatedTypeArguments(ExecutableElement method, List<Point> points) {
    if (!TypeVariables.isStartable(method)) {
      return;
    }
    for (Point point : points) {
      for (TypeArgument argument : point.typeArguments()) {
        if (argument.fromCaller()) {
          reporter.error(point.call(), Message.CALLER_TYPE_VARIABLE_UNSTATED, point.source(),
              argument.variable(), point.callee().getSimpleName(), argument.type(),
              method.getSimpleName(), point.callee().getSimpleName(),
              point.callee().getSimpleName(), method.getSimpleName());
        }
      }
    }
  }

  /**
   * Hash of what a stored frame depends on: the method, each point's id, and the names and types
   * of its live locals. Code between points can change without changing it.
   */
  private static String fingerprint(String key, List<Point> points) {
    StringBuilder text = new StringBuilder(key);
    for (Point point : points) {
      text.append('|').append(point.id()).append('[');
      point.stored().forEach(l -> text.append(l.storedName()).append(':').append(l.type())
          .append(','));
      text.append(']');
      // What a generic callee's stored frame is decoded by, once this frame is restored.
      point.typeArguments().forEach(a -> text.append('<').append(a.variable()).append('=')
          .append(a.type()).append('>'));
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }
}
