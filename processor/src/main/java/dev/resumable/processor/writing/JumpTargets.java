package dev.resumable.processor.writing;

import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import javax.lang.model.element.Name;

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
   * The statement a break or continue leaves: the labeled statement for a labeled jump, else the
   * innermost loop, or for a break also the innermost switch statement.
   */
  StatementTree target(TreePath jumpPath) {
    Tree jump = jumpPath.getLeaf();
    Name label =
        jump instanceof BreakTree breakTree
            ? breakTree.getLabel()
            : ((ContinueTree) jump).getLabel();
    boolean switchCounts = jump instanceof BreakTree;
    for (TreePath p = jumpPath.getParentPath(); p != null; p = p.getParentPath()) {
      Tree tree = p.getLeaf();
      switch (tree.getKind()) {
        case LABELED_STATEMENT:
          if (label != null && ((LabeledStatementTree) tree).getLabel().contentEquals(label)) {
            return (StatementTree) tree;
          }
          break;
        case FOR_LOOP, ENHANCED_FOR_LOOP, WHILE_LOOP, DO_WHILE_LOOP:
          if (label == null) {
            return (StatementTree) tree;
          }
          break;
        case SWITCH:
          if (label == null && switchCounts) {
            return (StatementTree) tree;
          }
          break;
        case LAMBDA_EXPRESSION, CLASS, ENUM, RECORD, INTERFACE, METHOD, SWITCH_EXPRESSION:
          throw new AssertionError("jump crosses a " + tree.getKind() + ": " + jump);
        default:
          break;
      }
    }
    throw new AssertionError("jump without target: " + jump);
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
