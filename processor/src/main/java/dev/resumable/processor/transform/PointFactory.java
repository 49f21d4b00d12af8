package dev.resumable.processor.transform;

import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.Label;
import dev.resumable.processor.model.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Creates the suspension points of a method, with the ids {@link PointIds} assigns. */
final class PointFactory {

  private final Trees trees;
  private final SuspensionCalls calls;
  private final Map<Tree, String> ids;
  private final Map<Tree, Integer> order = new IdentityHashMap<>();
  private final List<Point> points = new ArrayList<>();
  private final CallTypeArguments typeArguments;
  private final javax.lang.model.util.Elements elements;

  PointFactory(Trees trees, SuspensionCalls calls, TreePath methodPath,
      CallTypeArguments typeArguments, javax.lang.model.util.Elements elements) {
    this.trees = trees;
    this.elements = elements;
    this.calls = calls;
    this.typeArguments = typeArguments;
    Map<Tree, String> assigned = PointIds.assign(trees, methodPath);
    this.ids = PointIds.byIdentity(assigned);
    for (Tree call : assigned.keySet()) {
      order.put(call, order.size());
    }
  }

  /** The value a suspending call produces: the payload type, or the callee's return type. */
  TypeMirror resultTypeOf(TreePath callPath) {
    MethodInvocationTree call = (MethodInvocationTree) callPath.getLeaf();
    if (calls.kindOf(callPath) == SuspensionCalls.Kind.EVENT) {
      // The payload type's class literal comes last: event(name, type) or event(name, key, type).
      TypeMirror classType = trees.getTypeMirror(new TreePath(callPath,
          call.getArguments().get(call.getArguments().size() - 1)));
      return ((DeclaredType) classType).getTypeArguments().get(0);
    }
    return trees.getTypeMirror(callPath); // void for a timer
  }

  Point create(TreePath callPath, Label resume) {
    MethodInvocationTree call = (MethodInvocationTree) callPath.getLeaf();
    SuspensionCalls.Kind kind = calls.kindOf(callPath);
    ExecutableElement method = (ExecutableElement) trees.getElement(callPath);
    TypeMirror resultType = resultTypeOf(callPath);
    String id = ids.get(call);
    if (id == null) {
      throw new AssertionError("no point id for " + call);
    }
    int line = lineOf(callPath);
    String file = callPath.getCompilationUnit().getSourceFile().getName()
        .replaceFirst(".*[/\\\\]", "");
    String eventName = kind == SuspensionCalls.Kind.EVENT
        ? PointIds.eventName(trees, callPath, call)
        : null;
    Point point = new Point(kind, id, eventName, callPath, line, sourceOf(callPath), resultType,
        kind == SuspensionCalls.Kind.CALL || kind == SuspensionCalls.Kind.STEP ? method : null,
        resume,
        kind == SuspensionCalls.Kind.CALL
            ? typeArguments.of(callPath, method, file + ":" + line)
            : List.of(),
        kind == SuspensionCalls.Kind.STEP ? StepAnnotations.read(method, elements) : null);
    points.add(point);
    return point;
  }

  /**
   * The points in the order {@link PointIds} gives them, which is Java's evaluation order and
   * what the javac plugin checks, whatever order the transform created them in.
   */
  List<Point> points() {
    List<Point> ordered = new ArrayList<>(points);
    ordered.sort(Comparator.comparingInt(p -> order.get(p.call().getLeaf())));
    return List.copyOf(ordered);
  }

  int lineOf(TreePath path) {
    SourcePositions positions = trees.getSourcePositions();
    long start = positions.getStartPosition(path.getCompilationUnit(), path.getLeaf());
    return start < 0 ? 0 : (int) path.getCompilationUnit().getLineMap().getLineNumber(start);
  }

  private String sourceOf(TreePath path) {
    Tree tree = path.getLeaf();
    String text = tree.toString();
    if (tree instanceof MethodInvocationTree invocation
        && invocation.getMethodSelect() instanceof MemberSelectTree select
        && select.getExpression().toString().equals("dev.resumable.Await")) {
      text = text.substring("dev.resumable.".length());
    }
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

}
