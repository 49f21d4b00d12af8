package dev.resumable.processor.writing;

import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;

/** Where {@code return}, {@code break} and {@code continue} statements go. */
final class JumpTargets {
  private final PrintContext context;

  JumpTargets(PrintContext context) {
    this.context = context;
  }

  /** Whether a return leaves the workflow method, rather than a lambda or a copied method. */
  boolean returnsFromWorkflowMethod(TreePath returnPath) {
    for (TreePath p = returnPath.getParentPath(); p != null; p = p.getParentPath()) {
      switch (p.getLeaf().getKind()) {
        case LAMBDA_EXPRESSION:
          return false;
        case METHOD:
          return context.resolver.isWorkflowMethod(p);
        default:
          break;
      }
    }
    throw new AssertionError("return outside of any method");
  }

  /**
   * The statement a break or continue leaves, as the transform resolves it: a labelled loop is
   * the loop itself, any other labelled statement the labelled statement.
   */
  StatementTree target(TreePath jumpPath) {
    return dev.resumable.processor.transform.JumpTargets.targetOf(jumpPath);
  }

  /** Whether {@code target}, an ancestor of the jump, lies outside the tree being printed. */
  boolean isOutsidePrintedTree(TreePath jumpPath, Tree target) {
    Tree root = context.printingRoot();
    for (TreePath p = jumpPath; p != null; p = p.getParentPath()) {
      if (p.getLeaf() == target) {
        return false;
      }
      if (p.getLeaf() == root) {
        return true;
      }
    }
    throw new AssertionError("jump target is not an ancestor of the jump");
  }
}
