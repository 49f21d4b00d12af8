package dev.resumable.processor.transform;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.Label;
import dev.resumable.processor.model.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Creates suspension points with stable ids. An id names what the point waits for, not where it
 * stands ({@code event:payment}, {@code call:ship}; repeats get {@code #2}, {@code #3}), so that
 * editing code between points keeps stored frames valid.
 */
final class PointFactory {

  private final Trees trees;
  private final SuspensionCalls calls;
  private final Map<String, Integer> seen = new HashMap<>();
  private final List<Point> points = new ArrayList<>();

  PointFactory(Trees trees, SuspensionCalls calls) {
    this.trees = trees;
    this.calls = calls;
  }

  Point create(TreePath callPath, Label resume) {
    MethodInvocationTree call = (MethodInvocationTree) callPath.getLeaf();
    SuspensionCalls.Kind kind = calls.kindOf(callPath);
    ExecutableElement method = (ExecutableElement) trees.getElement(callPath);
    String base;
    TypeMirror resultType;
    if (kind == SuspensionCalls.Kind.EVENT) {
      String name = constantString(new TreePath(callPath, call.getArguments().get(0)));
      base = name != null ? "event:" + name : "event";
      TypeMirror classType = trees.getTypeMirror(new TreePath(callPath, call.getArguments().get(1)));
      resultType = ((DeclaredType) classType).getTypeArguments().get(0);
    } else {
      base = "call:" + method.getSimpleName();
      resultType = trees.getTypeMirror(callPath);
    }
    int count = seen.merge(base, 1, Integer::sum);
    String id = count == 1 ? base : base + "#" + count;
    Point point = new Point(kind, id, callPath, lineOf(callPath), sourceOf(callPath), resultType,
        kind == SuspensionCalls.Kind.CALL ? method : null, resume);
    points.add(point);
    return point;
  }

  List<Point> points() {
    return points;
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

  private String constantString(TreePath path) {
    ExpressionTree e = (ExpressionTree) path.getLeaf();
    if (e instanceof LiteralTree literal && literal.getValue() instanceof String s) {
      return s;
    }
    if (trees.getElement(path) instanceof VariableElement v && v.getConstantValue() instanceof String s) {
      return s;
    }
    return null;
  }
}
