package dev.resumable.processor.transform;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.Label;
import dev.resumable.processor.model.LocalVar;
import dev.resumable.processor.model.MethodModel.JumpLabels;
import dev.resumable.processor.model.MethodModel.YieldTarget;
import dev.resumable.processor.model.Op;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes apart a switch statement or expression with suspension points in its cases: the selector
 * is evaluated once into a temporary, a dispatch jumps to the matching case's state, colon cases
 * fall through from one to the next, and arrow cases (and {@code yield}) go on to the end.
 */
final class SwitchExploder {

  private final Trees trees;
  private final StateMachineBuilder builder;
  private final Map<Tree, YieldTarget> yieldTargets = new IdentityHashMap<>();

  SwitchExploder(Trees trees, StateMachineBuilder builder) {
    this.trees = trees;
    this.builder = builder;
  }

  Map<Tree, YieldTarget> yieldTargets() {
    return yieldTargets;
  }

  void explodeStatement(TreePath path, SwitchTree t) {
    explode(path, t.getExpression(), t.getCases(), null);
  }

  /** A switch expression: returns the temporary that holds its value afterwards. */
  LocalVar explodeExpression(TreePath path, SwitchExpressionTree t) {
    LocalVar result = builder.temporary("switched", trees.getTypeMirror(path), path);
    explode(path, t.getExpression(), t.getCases(), result);
    return result;
  }

  private void explode(TreePath path, ExpressionTree selectorTree, List<? extends CaseTree> cases,
      LocalVar result) {
    TreePath selector = new TreePath(path, selectorTree);
    builder.evaluateExpression(selector);
    LocalVar selected = builder.temporary("selector", trees.getTypeMirror(selector), selector);
    builder.assign(selected, selector);
    Label end = new Label();
    builder.registerJumpTarget(path.getLeaf(), new JumpLabels(end, null));
    if (result != null) {
      yieldTargets.put(path.getLeaf(), new YieldTarget(result, end));
    }
    List<Label> labels = new ArrayList<>();
    Label otherwise = end;
    for (CaseTree c : cases) {
      Label label = new Label();
      labels.add(label);
      if (c.getExpressions().isEmpty()) {
        otherwise = label;
      }
    }
    builder.emit(new Op.SwitchDispatch(path, selected, labels, otherwise));
    for (int i = 0; i < cases.size(); i++) {
      CaseTree c = cases.get(i);
      TreePath casePath = new TreePath(path, c);
      builder.placeAt(labels.get(i), casePath);
      if (c.getCaseKind() == CaseTree.CaseKind.STATEMENT) {
        for (StatementTree statement : c.getStatements()) {
          builder.explodeStatement(new TreePath(casePath, statement));
        }
      } else {
        arrowBody(casePath, c.getBody(), result);
        builder.jumpTo(end);
      }
    }
    builder.placeAt(end, path);
  }

  private void arrowBody(TreePath casePath, Tree body, LocalVar result) {
    TreePath bodyPath = new TreePath(casePath, body);
    if (body instanceof BlockTree || body instanceof StatementTree) {
      builder.explodeStatement(bodyPath);
    } else if (result != null) {
      builder.evaluateExpression(bodyPath);
      builder.assign(result, bodyPath);
    } else {
      builder.evaluateForEffect(bodyPath);
    }
  }
}
