package dev.resumable.processor.transform;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;

/** Which locals code assigns: by {@code =}, a compound assignment, or {@code ++}/{@code --}. */
final class Assignments {

  private Assignments() {}

  /** Whether {@code code} assigns {@code variable}: an assigned loop variable is stored. */
  static boolean assigns(Trees trees, TreePath code, Element variable) {
    return assignedLocals(trees, code).contains(variable);
  }

  /** The locals {@code code} assigns: reading them later might not give the earlier value. */
  static Set<Element> assignedLocals(Trees trees, TreePath code) {
    Set<Element> assigned = new HashSet<>();
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
        if (isIncrementOrDecrement(node)) {
          note(node.getExpression());
        }
        return super.visitUnary(node, unused);
      }

      // A local is only ever assigned through its simple name.
      private void note(ExpressionTree target) {
        if (target instanceof IdentifierTree) {
          Element element = trees.getElement(new TreePath(getCurrentPath(), target));
          if (element != null) {
            assigned.add(element);
          }
        }
      }
    }.scan(code, null);
    return assigned;
  }

  static boolean isIncrementOrDecrement(Tree tree) {
    switch (tree.getKind()) {
      case PREFIX_INCREMENT:
      case PREFIX_DECREMENT:
      case POSTFIX_INCREMENT:
      case POSTFIX_DECREMENT:
        return true;
      default:
        return false;
    }
  }
}
