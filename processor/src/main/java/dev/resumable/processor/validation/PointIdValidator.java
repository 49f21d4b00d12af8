package dev.resumable.processor.validation;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.resumable.processor.diag.Message;
import dev.resumable.processor.diag.Reporter;
import dev.resumable.processor.transform.PointIds;

/**
 * Warns at every wait whose stable id is positional, which an upgrade that inserts a wait of the
 * same kind before it would change: stored instances find points by id.
 */
public final class PointIdValidator {

  private final Trees trees;
  private final Reporter reporter;

  public PointIdValidator(Trees trees, Reporter reporter) {
    this.trees = trees;
    this.reporter = reporter;
  }

  public void validate(TreePath methodPath) {
    for (var entry : PointIds.assignWithOrigin(trees, methodPath).entrySet()) {
      PointIds.Assigned assigned = entry.getValue();
      Tree call = entry.getKey();
      if (assigned.positional()) {
        reporter.warning(methodPath, call, Message.POSITIONAL_POINT_ID, assigned.id());
      }
    }
  }
}
