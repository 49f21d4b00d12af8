package dev.resumable.processor.transform;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Gets symbols and types onto a method's trees during annotation processing. Asking for the
 * element of a tree that has none yet makes javac attribute the enclosing class in place; after
 * that every expression has a type. Public API only: no internal javac classes.
 */
public final class Attribution {

  private Attribution() {}

  public static void attribute(Trees trees, TreePath methodPath) {
    MethodTree method = (MethodTree) methodPath.getLeaf();
    if (method.getBody() == null) {
      return;
    }
    TreePath[] first = new TreePath[1];
    new TreePathScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (first[0] == null && tree instanceof ExpressionTree) {
          first[0] = new TreePath(getCurrentPath(), tree);
          return null;
        }
        return first[0] == null ? super.scan(tree, unused) : null;
      }
    }.scan(new TreePath(methodPath, method.getBody()), null);
    if (first[0] != null) {
      trees.getElement(first[0]);
    }
  }

  /**
   * Whether attribution left error types in the body: a type that a later round generates, or a
   * plain mistake that javac will report. Either way the method waits for the next round.
   */
  public static boolean hasErrorTypes(Trees trees, TreePath methodPath) {
    boolean[] found = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (found[0] || tree == null) {
          return null;
        }
        if (tree instanceof ExpressionTree || tree instanceof VariableTree) {
          TypeMirror type = trees.getTypeMirror(new TreePath(getCurrentPath(), tree));
          if (type != null && type.getKind() == TypeKind.ERROR) {
            found[0] = true;
            return null;
          }
        }
        return super.scan(tree, unused);
      }
    }.scan(methodPath, null);
    return found[0];
  }
}
