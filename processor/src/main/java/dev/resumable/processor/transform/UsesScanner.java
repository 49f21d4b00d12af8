package dev.resumable.processor.transform;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.LocalVar;
import dev.resumable.processor.model.Uses;
import java.util.LinkedHashSet;
import java.util.Set;

/** Finds the hoisted locals a tree reads, and which of them a lambda or class body captures. */
final class UsesScanner {

  private final Trees trees;
  private final LocalTable locals;

  UsesScanner(Trees trees, LocalTable locals) {
    this.trees = trees;
    this.locals = locals;
  }

  Uses of(TreePath... paths) {
    Set<LocalVar> reads = new LinkedHashSet<>();
    Set<LocalVar> captured = new LinkedHashSet<>();
    for (TreePath path : paths) {
      if (path != null) {
        scan(path, reads, captured);
      }
    }
    captured.forEach(locals::captureName);
    return new Uses(reads, captured);
  }

  private void scan(TreePath path, Set<LocalVar> reads, Set<LocalVar> captured) {
    new TreePathScanner<Void, Void>() {
      private int nesting;

      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        LocalVar local = locals.hoisted(trees.getElement(getCurrentPath()));
        if (local != null) {
          reads.add(local);
          if (nesting > 0) {
            captured.add(local);
          }
        }
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        nesting++;
        super.visitLambdaExpression(node, unused);
        nesting--;
        return null;
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        nesting++;
        super.visitClass(node, unused);
        nesting--;
        return null;
      }
    }.scan(path, null);
  }
}
