package dev.resumable.processor.validation;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.resumable.processor.diag.Message;
import dev.resumable.processor.diag.Reporter;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Finds what in-place attribution would break. Once the processor has attributed a class, javac
 * enters it again in the next round, and rejects a record whose canonical or compact constructor
 * is declared in source (it sees the implicit {@code super()} call the first attribution added).
 * Such a record anywhere in the top-level class is reported here, before anything is attributed.
 */
public final class AttributionHazards {

  private final Trees trees;
  private final Elements elements;
  private final Reporter reporter;

  public AttributionHazards(Trees trees, Elements elements, Reporter reporter) {
    this.trees = trees;
    this.elements = elements;
    this.reporter = reporter;
  }

  /** Reports every hazard in the top-level class at {@code topLevel}; true if there was one. */
  public boolean check(TreePath topLevel, String workflowClass) {
    boolean[] found = {false};
    new TreePathScanner<Void, Boolean>() {
      @Override
      public Void visitClass(ClassTree node, Boolean local) {
        if (node.getKind() == Tree.Kind.RECORD) {
          for (Tree member : node.getMembers()) {
            if (member instanceof MethodTree ctor && ctor.getName().contentEquals("<init>")
                && isDeclaredCanonical(new TreePath(getCurrentPath(), ctor), local)) {
              found[0] = true;
              reporter.error(new TreePath(getCurrentPath(), ctor), Message.RECORD_CONSTRUCTOR,
                  node.getSimpleName(), workflowClass, node.getSimpleName());
            }
          }
        }
        return super.visitClass(node, local);
      }

      @Override
      public Void visitMethod(MethodTree node, Boolean local) {
        return super.visitMethod(node, true);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Boolean local) {
        return super.visitLambdaExpression(node, true);
      }

      @Override
      public Void visitBlock(BlockTree node, Boolean local) {
        return super.visitBlock(node, true);
      }
    }.scan(topLevel, false);
    return found[0];
  }

  /**
   * A member record's constructor is entered, so its origin tells a declared one from the implicit
   * one. A local record is not entered yet (asking for its element would attribute the class), but
   * then the tree holds only declared constructors, and all but the canonical one start with
   * {@code this(...)}.
   */
  private boolean isDeclaredCanonical(TreePath ctorPath, boolean local) {
    MethodTree ctor = (MethodTree) ctorPath.getLeaf();
    if (startsWithThisCall(ctor)) {
      return false;
    }
    if (local) {
      return true;
    }
    Element element = trees.getElement(ctorPath);
    return element != null && elements.getOrigin(element) == Elements.Origin.EXPLICIT;
  }

  private static boolean startsWithThisCall(MethodTree ctor) {
    if (ctor.getBody() == null || ctor.getBody().getStatements().isEmpty()) {
      return false;
    }
    List<? extends StatementTree> statements = ctor.getBody().getStatements();
    return statements.get(0) instanceof ExpressionStatementTree statement
        && statement.getExpression() instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof IdentifierTree name
        && name.getName().contentEquals("this");
  }
}
