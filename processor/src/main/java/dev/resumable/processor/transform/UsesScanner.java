package dev.resumable.processor.transform;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.LocalVar;
import dev.resumable.processor.model.Temps;
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
    return of(Temps.NONE, paths);
  }

  /** The uses of trees printed with {@code temps}: a temporary stands for its whole subtree. */
  Uses of(Temps temps, TreePath... paths) {
    Set<LocalVar> reads = new LinkedHashSet<>();
    Set<LocalVar> captured = new LinkedHashSet<>();
    for (TreePath path : paths) {
      if (path != null) {
        scan(path, temps, reads, captured);
      }
    }
    captured.forEach(locals::captureName);
    return new Uses(reads, captured);
  }

  private void scan(TreePath path, Temps temps, Set<LocalVar> reads, Set<LocalVar> captured) {
    LocalVar whole = temps.get(path.getLeaf());
    if (whole != null) {
      reads.add(whole);
      return;
    }
    new TreePathScanner<Void, Void>() {
      private int nesting;

      @Override
      public Void scan(Tree tree, Void unused) {
        LocalVar temp = tree == null ? null : temps.get(tree);
        if (temp != null) {
          reads.add(temp);
          return null;
        }
        return super.scan(tree, unused);
      }

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
        // A void branch's or a compensation's lambda is never printed: its call's arguments are
        // read here.
        int depth = SuspensionCalls.isUnprintedLambda(trees, getCurrentPath()) ? 0 : 1;
        nesting += depth;
        super.visitLambdaExpression(node, unused);
        nesting -= depth;
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
