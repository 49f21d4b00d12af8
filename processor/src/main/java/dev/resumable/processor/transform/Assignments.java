package dev.resumable.processor.transform;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import javax.lang.model.element.Element;

/** Whether code assigns a variable: an assigned loop variable is stored, not derived. */
final class Assignments {

  private Assignments() {}

  static boolean assigns(Trees trees, TreePath code, Element variable) {
    boolean[] found = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        note(node.getVariable());
        return super.visitAssignment(node, unused);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
        note(node.getVariable());
        return super.visitCompoundAssignment(node, unused);
      }

      @Override
      public Void visitUnary(UnaryTree node, Void unused) {
        Tree.Kind kind = node.getKind();
        if (kind == Tree.Kind.PREFIX_INCREMENT || kind == Tree.Kind.PREFIX_DECREMENT
            || kind == Tree.Kind.POSTFIX_INCREMENT || kind == Tree.Kind.POSTFIX_DECREMENT) {
          note(node.getExpression());
        }
        return super.visitUnary(node, unused);
      }

      private void note(ExpressionTree target) {
        if (variable.equals(trees.getElement(new TreePath(getCurrentPath(), target)))) {
          found[0] = true;
        }
      }
    }.scan(code, null);
    return found[0];
  }
}
