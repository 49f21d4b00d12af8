package dev.resumable.processor.transform;

import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import javax.lang.model.element.Name;

/** Finds the statement a {@code break} or {@code continue} leaves, as javac does. */
public final class JumpTargets {

  private JumpTargets() {}

  /**
   * The loop, switch or labelled statement that the jump at {@code jumpPath} targets; a labelled
   * loop is returned as the loop itself, a labelled block as the labelled statement.
   */
  public static StatementTree targetOf(TreePath jumpPath) {
    Tree jump = jumpPath.getLeaf();
    Name label = jump instanceof BreakTree
        ? ((BreakTree) jump).getLabel()
        : ((ContinueTree) jump).getLabel();
    boolean isBreak = jump instanceof BreakTree;
    for (TreePath p = jumpPath.getParentPath(); p != null; p = p.getParentPath()) {
      Tree t = p.getLeaf();
      if (label != null) {
        if (t instanceof LabeledStatementTree
            && ((LabeledStatementTree) t).getLabel().contentEquals(label)) {
          return unlabelled((LabeledStatementTree) t);
        }
      } else if (isLoop(t) || (isBreak && t.getKind() == Tree.Kind.SWITCH)) {
        return (StatementTree) t;
      }
      if (t instanceof com.sun.source.tree.LambdaExpressionTree
          || t instanceof com.sun.source.tree.ClassTree
          || t.getKind() == Tree.Kind.SWITCH_EXPRESSION && isBreak) {
        break;
      }
    }
    throw new AssertionError("no target for " + jump);
  }

  /** The statement a label names: loops are targets themselves; other statements keep the label. */
  public static StatementTree unlabelled(LabeledStatementTree labelled) {
    StatementTree inner = labelled.getStatement();
    while (inner instanceof LabeledStatementTree) {
      inner = ((LabeledStatementTree) inner).getStatement();
    }
    return isLoop(inner) ? inner : labelled;
  }

  public static boolean isLoop(Tree t) {
    switch (t.getKind()) {
      case WHILE_LOOP:
      case DO_WHILE_LOOP:
      case FOR_LOOP:
      case ENHANCED_FOR_LOOP:
        return true;
      default:
        return false;
    }
  }
}
