package dev.resumable.processor.transform;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Tells which calls are suspension points: {@code Await} primitives and calls of other
 * {@code @Resumable} methods. Works on attributed trees only.
 */
public final class SuspensionCalls {

  public static final String AWAIT = "dev.resumable.Await";
  public static final String RESUMABLE = "dev.resumable.Resumable";
  public static final String STEP = "dev.resumable.Step";
  public static final String SAGA = "dev.resumable.Saga";

  /** What a suspension point waits for. */
  public enum Kind {
    EVENT,
    TIMER,
    FIRST,
    ALL,
    /** {@code Await.join}, {@code joinAll} or {@code joinAny}: waiting for branches to end. */
    JOIN,
    CALL,
    /** A call of a {@code @Step} method: run by the engine and committed before going on. */
    STEP,
    /** {@code saga.compensate()}: the saga's compensations, each a durable step, newest first. */
    COMPENSATE
  }

  private final Trees trees;
  private final Map<Tree, Boolean> containsCache = new IdentityHashMap<>();

  public SuspensionCalls(Trees trees) {
    this.trees = trees;
  }

  /** The kind of suspension point the invocation at {@code path} is, or null for none. */
  public Kind kindOf(TreePath path) {
    if (!(path.getLeaf() instanceof MethodInvocationTree)) {
      return null;
    }
    Element element = trees.getElement(path);
    if (!(element instanceof ExecutableElement)) {
      return null;
    }
    return isStartedAsBranch(trees, path) || isRecordedAsUndo(trees, path) ? null
        : kindOf((ExecutableElement) element);
  }

  /** Whether {@code method} is {@code Saga.onUndo}, whose lambda the build records as a call. */
  public static boolean isUndoRegistration(Element method) {
    return method instanceof ExecutableElement
        && method.getEnclosingElement() instanceof TypeElement owner
        && owner.getQualifiedName().contentEquals(SAGA)
        && method.getSimpleName().contentEquals("onUndo");
  }

  /**
   * Whether the call at {@code path} is the body of the lambda handed to {@code Saga.onUndo}: it
   * is recorded as the saga's compensation, not run here, so it is no suspension point.
   */
  public static boolean isRecordedAsUndo(Trees trees, TreePath path) {
    TreePath parent = path.getParentPath();
    return parent != null && parent.getLeaf() instanceof LambdaExpressionTree lambda
        && lambda.getBody() == path.getLeaf() && isUndoArgument(trees, parent);
  }

  /** Whether the tree at {@code path} is the argument of a call of {@code Saga.onUndo}. */
  public static boolean isUndoArgument(Trees trees, TreePath path) {
    TreePath parent = path.getParentPath();
    return parent != null && parent.getLeaf() instanceof MethodInvocationTree invocation
        && invocation.getArguments().contains(path.getLeaf())
        && isUndoRegistration(trees.getElement(parent));
  }

  /**
   * Whether the lambda at {@code path} is never printed as a lambda: a void branch's, whose call
   * becomes the branch's frame, or a compensation's, whose call is recorded on the saga.
   */
  public static boolean isUnprintedLambda(Trees trees, TreePath path) {
    return isBranchArgument(trees, path) || isUndoArgument(trees, path);
  }

  /** Whether {@code method} is {@code Await.branch}, which starts a branch without waiting. */
  public static boolean isBranchStart(Element method) {
    return method instanceof ExecutableElement
        && method.getEnclosingElement() instanceof TypeElement owner
        && owner.getQualifiedName().contentEquals(AWAIT)
        && method.getSimpleName().contentEquals("branch");
  }

  /**
   * Whether the call at {@code path} is what {@code Await.branch} starts: its argument, or the
   * body of its lambda argument for a {@code void} method ({@code Await.branch(() -> notify(o))}).
   * It then runs as a branch of its own, and is not a suspension point of this method.
   */
  public static boolean isStartedAsBranch(Trees trees, TreePath path) {
    TreePath parent = path.getParentPath();
    if (parent != null && parent.getLeaf() instanceof LambdaExpressionTree lambda
        && lambda.getBody() == path.getLeaf()) {
      return isBranchArgument(trees, parent);
    }
    return isBranchArgument(trees, path);
  }

  /** Whether the tree at {@code path} is the argument of a call of {@code Await.branch}. */
  public static boolean isBranchArgument(Trees trees, TreePath path) {
    TreePath parent = path.getParentPath();
    return parent != null && parent.getLeaf() instanceof MethodInvocationTree invocation
        && invocation.getArguments().contains(path.getLeaf())
        && isBranchStart(trees.getElement(parent));
  }

  /**
   * The call that the {@code Await.branch} at {@code start} starts: its argument, or the
   * expression body of its lambda argument; null if the argument is neither a call nor such a
   * lambda (validation reports it).
   */
  public static TreePath branchedCall(TreePath start) {
    Tree argument = ((MethodInvocationTree) start.getLeaf()).getArguments().get(0);
    TreePath path = new TreePath(start, argument);
    if (argument instanceof LambdaExpressionTree lambda && lambda.getParameters().isEmpty()
        && lambda.getBody() instanceof MethodInvocationTree) {
      return new TreePath(path, lambda.getBody());
    }
    return argument instanceof MethodInvocationTree ? path : null;
  }

  public static Kind kindOf(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    if (owner instanceof TypeElement
        && ((TypeElement) owner).getQualifiedName().contentEquals(AWAIT)) {
      switch (method.getSimpleName().toString()) {
        case "event":
          return Kind.EVENT;
        case "sleep":
        case "until":
          return Kind.TIMER;
        case "first":
          return Kind.FIRST;
        case "all":
          return Kind.ALL;
        case "join":
        case "joinAll":
        case "joinAny":
          return Kind.JOIN;
        default:
          return null;
      }
    }
    if (owner instanceof TypeElement type && type.getQualifiedName().contentEquals(SAGA)
        && method.getSimpleName().contentEquals("compensate")) {
      return Kind.COMPENSATE;
    }
    return isStep(method) ? Kind.STEP : isResumable(method) ? Kind.CALL : null;
  }

  /** Whether {@code element} is a {@code @Step} method. */
  public static boolean isStep(Element element) {
    return element.getKind() == ElementKind.METHOD
        && element.getAnnotationMirrors().stream().anyMatch(a -> ((TypeElement) a
            .getAnnotationType().asElement()).getQualifiedName().contentEquals(STEP));
  }

  public static boolean isResumable(Element element) {
    return element.getKind() == ElementKind.METHOD
        && element.getAnnotationMirrors().stream().anyMatch(a -> ((TypeElement) a
            .getAnnotationType().asElement()).getQualifiedName().contentEquals(RESUMABLE));
  }

  /**
   * Whether {@code path}'s tree contains a suspension point that runs as part of it; bodies of
   * lambdas and classes run elsewhere and do not count (validation rejects them separately).
   */
  public boolean containsSuspension(TreePath path) {
    Tree tree = path.getLeaf();
    Boolean cached = containsCache.get(tree);
    if (cached == null) {
      cached = new Finder(path).found;
      containsCache.put(tree, cached);
    }
    return cached;
  }

  private final class Finder extends TreeScanner<Void, Void> {
    private final TreePath root;
    private boolean found;

    Finder(TreePath root) {
      this.root = root;
      scan(root.getLeaf(), null);
    }

    @Override
    public Void scan(Tree tree, Void unused) {
      return found ? null : super.scan(tree, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
      if (kindOf(TreePath.getPath(root, node)) != null) {
        found = true;
        return null;
      }
      return super.visitMethodInvocation(node, unused);
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
      return null;
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree node, Void unused) {
      return null;
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      return null;
    }
  }
}
