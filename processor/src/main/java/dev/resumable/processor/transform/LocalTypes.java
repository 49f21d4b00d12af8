package dev.resumable.processor.transform;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * The classes, records, enums and interfaces declared among the method's own statements (not in
 * a lambda or in another class), in source order: the hoisted locals of {@code run} may have
 * their types, so they are declared before them.
 */
public final class LocalTypes {

  private LocalTypes() {}

  public static List<TreePath> declaredIn(TreePath methodPath) {
    List<TreePath> declared = new ArrayList<>();
    MethodTree method = (MethodTree) methodPath.getLeaf();
    if (method.getBody() == null) {
      return declared;
    }
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree node, Void unused) {
        if (!(getCurrentPath().getParentPath().getLeaf() instanceof NewClassTree)) {
          declared.add(getCurrentPath());
        }
        return null; // what a class declares travels with it
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        return null;
      }
    }.scan(new TreePath(methodPath, method.getBody()), null);
    return declared;
  }
}
