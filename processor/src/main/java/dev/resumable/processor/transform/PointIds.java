package dev.resumable.processor.transform;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Assigns the stable ids of a method's suspension points, in source order. An id names what the
 * point waits for, not where it stands ({@code event:payment}, {@code call:ship}; repeats get
 * {@code #2}, {@code #3}), so editing code between points keeps stored frames valid. The
 * processor and the javac plugin both call this, so they agree by construction.
 */
public final class PointIds {

  private PointIds() {}

  /** Every suspending invocation in the body (not in lambdas or classes), with its id. */
  public static Map<Tree, String> assign(Trees trees, TreePath methodPath) {
    Map<Tree, String> ids = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    MethodTree method = (MethodTree) methodPath.getLeaf();
    if (method.getBody() == null) {
      return ids;
    }
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        // Arguments run first, so their points come first.
        super.visitMethodInvocation(node, unused);
        Element element = trees.getElement(getCurrentPath());
        if (element instanceof ExecutableElement called) {
          SuspensionCalls.Kind kind = SuspensionCalls.kindOf(called);
          if (kind != null && !SuspensionCalls.isStartedAsBranch(trees, getCurrentPath())) {
            String base = base(trees, getCurrentPath(), node, called, kind);
            int count = seen.merge(base, 1, Integer::sum);
            ids.put(node, count == 1 ? base : base + "#" + count);
          }
        }
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        return null;
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        return null;
      }
    }.scan(new TreePath(methodPath, method.getBody()), null);
    return ids;
  }

  private static String base(Trees trees, TreePath path, MethodInvocationTree call,
      ExecutableElement called, SuspensionCalls.Kind kind) {
    if (kind == SuspensionCalls.Kind.CALL) {
      return "call:" + called.getSimpleName();
    }
    if (kind == SuspensionCalls.Kind.TIMER) {
      return "timer:" + called.getSimpleName();
    }
    if (kind == SuspensionCalls.Kind.FIRST) {
      return "first";
    }
    if (kind == SuspensionCalls.Kind.ALL) {
      return "all";
    }
    if (kind == SuspensionCalls.Kind.JOIN) {
      return called.getSimpleName().toString(); // join, joinAll or joinAny
    }
    Tree name = call.getArguments().get(0);
    if (name instanceof LiteralTree literal && literal.getValue() instanceof String s) {
      return "event:" + s;
    }
    if (trees.getElement(new TreePath(path, name)) instanceof VariableElement v
        && v.getConstantValue() instanceof String s) {
      return "event:" + s;
    }
    return "event";
  }

  /** Identity-keyed copy, for lookups by tree node. */
  static Map<Tree, String> byIdentity(Map<Tree, String> ids) {
    Map<Tree, String> copy = new IdentityHashMap<>();
    copy.putAll(ids);
    return copy;
  }
}
