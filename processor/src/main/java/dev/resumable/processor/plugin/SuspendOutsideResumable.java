package dev.resumable.processor.plugin;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.resumable.processor.diag.Message;
import dev.resumable.processor.transform.SuspensionCalls;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/**
 * Finds suspending calls and method references outside {@code @Resumable} methods. Only the body
 * of such a method becomes a state machine; anywhere else the call runs as plain Java and fails at
 * its first wait, unless the caller says it means that with {@code @SuppressWarnings("resumable")}.
 */
final class SuspendOutsideResumable {

  private static final String SUPPRESSION = "resumable";

  private final Trees trees;

  SuspendOutsideResumable(Trees trees) {
    this.trees = trees;
  }

  List<Finding> check(TreePath classPath) {
    List<Finding> findings = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        checkUse(getCurrentPath(), findings);
        return super.visitMethodInvocation(node, unused);
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree node, Void unused) {
        checkUse(getCurrentPath(), findings);
        return super.visitMemberReference(node, unused);
      }
    }.scan(classPath, null);
    return findings;
  }

  private void checkUse(TreePath use, List<Finding> findings) {
    if (!(trees.getElement(use) instanceof ExecutableElement target)
        || SuspensionCalls.kindOf(target) == null && !SuspensionCalls.isBranchStart(target)
        || SuspensionCalls.isStartedAsBranch(trees, use)
        || SuspensionCalls.kindOf(target) == SuspensionCalls.Kind.STEP) {
      // A branch's call is reported once, as its Await.branch; a step outside a workflow is a
      // plain call.
      return;
    }
    // Inside a @Resumable method the processor has judged every use, lambdas and classes too.
    if (hasAncestor(use, this::isResumableMethod) || hasAncestor(use, this::isSuppressed)) {
      return;
    }
    findings.add(new Finding(use.getLeaf(), use.getCompilationUnit(), message(use)));
  }

  private String message(TreePath use) {
    String call = shorten(use.getLeaf().toString());
    String does = SuspensionCalls.isBranchStart(trees.getElement(use)) ? "starts a branch"
        : "suspends";
    TreePath context = nearestContext(use);
    if (context.getLeaf() instanceof MethodTree method
        && !method.getName().contentEquals("<init>")
        && ownerOf(context) instanceof TypeElement owner
        && isNamed(owner)) {
      return Message.SUSPEND_IN_PLAIN_METHOD.format(call, does,
          owner.getSimpleName() + "." + method.getName());
    }
    return Message.SUSPEND_OUTSIDE_METHOD.format(call, does, describe(context));
  }

  /** The innermost code that runs as a unit of its own: a method, lambda, initializer, etc. */
  private static TreePath nearestContext(TreePath use) {
    if (use.getLeaf() instanceof MemberReferenceTree) {
      return use; // a method reference is code of its own, like a lambda
    }
    TreePath path = use.getParentPath();
    while (!(path.getLeaf() instanceof ClassTree) && !isContext(path)) {
      path = path.getParentPath();
    }
    return path;
  }

  private static boolean isContext(TreePath path) {
    Tree leaf = path.getLeaf();
    boolean classMember = path.getParentPath().getLeaf() instanceof ClassTree;
    return switch (leaf.getKind()) {
      case METHOD, LAMBDA_EXPRESSION -> true;
      case BLOCK, VARIABLE -> classMember; // an initializer or a field
      default -> false;
    };
  }

  private String describe(TreePath context) {
    Tree leaf = context.getLeaf();
    if (leaf instanceof MethodTree method) {
      if (method.getName().contentEquals("<init>")) {
        return "a constructor";
      }
      return ownerOf(context) instanceof TypeElement type
          && type.getNestingKind() == NestingKind.LOCAL
          ? "a method of a local class" : "a method of an anonymous class";
    }
    if (leaf instanceof BlockTree block) {
      return block.isStatic() ? "a static initializer" : "an instance initializer";
    }
    if (leaf instanceof VariableTree field) {
      return "the initializer of field " + field.getName();
    }
    return switch (leaf.getKind()) {
      case LAMBDA_EXPRESSION -> "a lambda";
      case MEMBER_REFERENCE -> "a method reference";
      default -> "a class body";
    };
  }

  private Element ownerOf(TreePath method) {
    Element element = trees.getElement(method);
    return element == null ? null : element.getEnclosingElement();
  }

  private boolean isResumableMethod(TreePath path) {
    return path.getLeaf() instanceof MethodTree
        && trees.getElement(path) instanceof ExecutableElement method
        && SuspensionCalls.isResumable(method);
  }

  private boolean isSuppressed(TreePath path) {
    Tree leaf = path.getLeaf();
    boolean declaration = leaf instanceof MethodTree || leaf instanceof ClassTree
        || leaf instanceof VariableTree;
    Element declared = declaration ? trees.getElement(path) : null;
    SuppressWarnings suppressed = declared == null ? null
        : declared.getAnnotation(SuppressWarnings.class);
    return suppressed != null && Arrays.asList(suppressed.value()).contains(SUPPRESSION);
  }

  private static boolean hasAncestor(TreePath use, Predicate<TreePath> test) {
    for (TreePath path = use.getParentPath(); path != null; path = path.getParentPath()) {
      if (test.test(path)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code type} can hold a @Resumable method, so making one is the fix to offer. */
  private static boolean isNamed(TypeElement type) {
    return type.getNestingKind() == NestingKind.TOP_LEVEL
        || type.getNestingKind() == NestingKind.MEMBER;
  }

  private static String shorten(String source) {
    return source.length() > 80 ? source.substring(0, 77) + "..." : source;
  }
}
