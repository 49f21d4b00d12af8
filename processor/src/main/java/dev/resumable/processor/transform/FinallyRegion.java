package dev.resumable.processor.transform;

import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.resumable.processor.model.Exits;
import dev.resumable.processor.model.Label;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A try statement whose finally block was taken apart, while its try and catch blocks are being
 * built: the jumps that leave it through the finally block are collected here, so that the end of
 * the finally block can finish each of them.
 */
final class FinallyRegion {

  final TreePath tryPath;
  final Exits exits;
  final FinallyRegion outer;
  /** Labels that jumps out of the try wait to reach, with the statements they leave. */
  final Map<Label, StatementTree> jumps = new LinkedHashMap<>();
  boolean returns;

  FinallyRegion(TreePath tryPath, Exits exits, FinallyRegion outer) {
    this.tryPath = tryPath;
    this.exits = exits;
    this.outer = outer;
  }

  /** Whether a jump to {@code target} leaves this try statement: the target encloses it. */
  boolean isLeftBy(Tree target) {
    for (TreePath p = tryPath.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() == target) {
        return true;
      }
    }
    return false;
  }
}
