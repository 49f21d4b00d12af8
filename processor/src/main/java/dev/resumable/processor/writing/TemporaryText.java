package dev.resumable.processor.writing;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.LocalVar;

/**
 * What a temporary of the transform holds, as the source says it, so that an error at run time
 * about a value that cannot be kept names the expression rather than a generated name.
 */
final class TemporaryText {

  private static final int LONGEST = 60;

  private TemporaryText() {}

  /** E.g. {@code the value of map.get(k)}; null where the source tells nothing better. */
  static String describe(Trees trees, LocalVar temporary) {
    TreePath path = temporary.declaration();
    if (path == null) {
      return null;
    }
    Tree leaf = path.getLeaf();
    if (leaf instanceof ExpressionTree) {
      String text = new SourceText(trees.getSourcePositions(), path.getCompilationUnit())
          .text(leaf).replaceAll("\\s+", " ");
      return "the value of " + (text.length() <= LONGEST ? text
          : text.substring(0, LONGEST - 3) + "...");
    }
    if (leaf instanceof TryTree) {
      long start = trees.getSourcePositions().getStartPosition(path.getCompilationUnit(), leaf);
      return "the pending return or exception of the try statement at line "
          + path.getCompilationUnit().getLineMap().getLineNumber(start);
    }
    if (leaf instanceof VariableTree variable) {
      return "what the for-each loop over '" + variable.getName() + "' iterates";
    }
    return null;
  }
}
