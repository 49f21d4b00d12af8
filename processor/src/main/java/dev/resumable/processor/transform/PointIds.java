package dev.resumable.processor.transform;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LabeledStatementTree;
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
 * {@code #2}, {@code #3}), so editing code between points keeps stored frames valid. A label on
 * the waiting statement ({@code reminder: Await.sleep(d);}) is the id of the points in it, so
 * that waits inserted before it cannot shift it. The processor and the javac plugin both call
 * this, so they agree by construction.
 */
public final class PointIds {

  private PointIds() {}

  /**
   * A point's id, and whether it is positional: counted among the waits before it (a repeat, a
   * timer, a first-of, an all-of, a join, an event named at run time), so that a wait of the same
   * kind inserted before it would give it another id.
   */
  public record Assigned(String id, boolean positional) {}

  /** Every suspending invocation in the body (not in lambdas or classes), with its id. */
  public static Map<Tree, String> assign(Trees trees, TreePath methodPath) {
    Map<Tree, String> ids = new LinkedHashMap<>();
    assignWithOrigin(trees, methodPath).forEach((call, assigned) -> ids.put(call, assigned.id()));
    return ids;
  }

  /** As {@link #assign}, saying which ids are positional. */
  public static Map<Tree, Assigned> assignWithOrigin(Trees trees, TreePath methodPath) {
    Map<Tree, Assigned> ids = new LinkedHashMap<>();
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
            String label = statementLabel(getCurrentPath());
            String base = label != null ? label : base(trees, getCurrentPath(), node, called, kind);
            int count = seen.merge(base, 1, Integer::sum);
            // A labelled statement's points are numbered within it: waits elsewhere cannot
            // shift them.
            boolean positional = label == null && (count > 1 || base.equals("event")
                || kind != SuspensionCalls.Kind.EVENT && kind != SuspensionCalls.Kind.CALL
                    && kind != SuspensionCalls.Kind.STEP
                    && !base.startsWith("compensate:"));
            ids.put(node, new Assigned(count == 1 ? base : base + "#" + count, positional));
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

  /**
   * The label of the statement the call is part of, if that statement is labelled itself: {@code
   * reminder: Await.sleep(d);} or {@code paid: payment = Await.event(..);}. A label on a loop or
   * block around the call is not the call's, since it names the loop for break and continue.
   */
  private static String statementLabel(TreePath call) {
    TreePath path = call;
    while (path.getLeaf() instanceof ExpressionTree && path.getParentPath() != null) {
      path = path.getParentPath();
    }
    Tree statement = path.getLeaf();
    TreePath parent = path.getParentPath();
    if (parent != null && parent.getLeaf() instanceof LabeledStatementTree labelled
        && labelled.getStatement() == statement
        && (statement.getKind() == Tree.Kind.EXPRESSION_STATEMENT
            || statement.getKind() == Tree.Kind.RETURN)) {
      return labelled.getLabel().toString();
    }
    return null;
  }

  private static String base(Trees trees, TreePath path, MethodInvocationTree call,
      ExecutableElement called, SuspensionCalls.Kind kind) {
    if (kind == SuspensionCalls.Kind.CALL) {
      return "call:" + called.getSimpleName();
    }
    if (kind == SuspensionCalls.Kind.STEP) {
      return "step:" + called.getSimpleName();
    }
    if (kind == SuspensionCalls.Kind.COMPENSATE) {
      // Named after the saga when it is a local, as it mostly is: compensate:saga.
      return call.getMethodSelect() instanceof com.sun.source.tree.MemberSelectTree select
          && select.getExpression() instanceof com.sun.source.tree.IdentifierTree saga
          ? "compensate:" + saga.getName() : "compensate";
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
    String name = eventName(trees, path, call);
    return name == null ? "event" : "event:" + name;
  }

  /** The name an event wait waits for, if it is a constant; null if it is computed at run time. */
  public static String eventName(Trees trees, TreePath path, MethodInvocationTree call) {
    Tree name = call.getArguments().get(0);
    if (name instanceof LiteralTree literal && literal.getValue() instanceof String s) {
      return s;
    }
    if (trees.getElement(new TreePath(path, name)) instanceof VariableElement v
        && v.getConstantValue() instanceof String s) {
      return s;
    }
    return null;
  }

  /** Identity-keyed copy, for lookups by tree node. */
  static Map<Tree, String> byIdentity(Map<Tree, String> ids) {
    Map<Tree, String> copy = new IdentityHashMap<>();
    copy.putAll(ids);
    return copy;
  }
}
