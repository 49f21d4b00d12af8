package dev.resumable.processor.transform;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * Whether a statement can complete normally, by the rules of JLS 14.22. Generated code must agree
 * with javac exactly: a jump emitted after a statement that cannot complete normally would be an
 * "unreachable statement" error, and a missing one would fall into the wrong state.
 */
public final class Reachability {

  private final Trees trees;

  public Reachability(Trees trees) {
    this.trees = trees;
  }

  public boolean canCompleteNormally(TreePath path) {
    Tree s = path.getLeaf();
    switch (s.getKind()) {
      case BLOCK: {
        List<? extends StatementTree> statements = ((BlockTree) s).getStatements();
        return statements.isEmpty()
            || canCompleteNormally(new TreePath(path, statements.get(statements.size() - 1)));
      }
      case IF: {
        IfTree t = (IfTree) s;
        return t.getElseStatement() == null
            || canCompleteNormally(new TreePath(path, t.getThenStatement()))
            || canCompleteNormally(new TreePath(path, t.getElseStatement()));
      }
      case LABELED_STATEMENT: {
        LabeledStatementTree t = (LabeledStatementTree) s;
        return canCompleteNormally(new TreePath(path, t.getStatement())) || hasBreakOut(path);
      }
      case WHILE_LOOP:
        return !isConstantTrue(path, ((WhileLoopTree) s).getCondition()) || hasBreakOut(path);
      case DO_WHILE_LOOP: {
        DoWhileLoopTree t = (DoWhileLoopTree) s;
        boolean bodyEnds = canCompleteNormally(new TreePath(path, t.getStatement()))
            || hasContinue(path);
        return (bodyEnds && !isConstantTrue(path, t.getCondition())) || hasBreakOut(path);
      }
      case FOR_LOOP: {
        ExpressionTree condition = ((ForLoopTree) s).getCondition();
        return (condition != null && !isConstantTrue(path, condition)) || hasBreakOut(path);
      }
      case BREAK:
      case CONTINUE:
      case RETURN:
      case THROW:
      case YIELD:
        return false;
      case SYNCHRONIZED:
        return canCompleteNormally(new TreePath(path, ((SynchronizedTree) s).getBlock()));
      case TRY:
        return tryCompletes(path, (TryTree) s);
      case SWITCH:
        return switchCompletes(path, (SwitchTree) s);
      default:
        return true;
    }
  }

  private boolean tryCompletes(TreePath path, TryTree t) {
    boolean body = canCompleteNormally(new TreePath(path, t.getBlock()));
    for (CatchTree c : t.getCatches()) {
      body |= canCompleteNormally(new TreePath(new TreePath(path, c), c.getBlock()));
    }
    return body && (t.getFinallyBlock() == null
        || canCompleteNormally(new TreePath(path, t.getFinallyBlock())));
  }

  private boolean switchCompletes(TreePath path, SwitchTree t) {
    boolean hasDefault = false;
    boolean anyRuleCompletes = false;
    CaseTree last = null;
    for (CaseTree c : t.getCases()) {
      hasDefault |= c.getExpressions().isEmpty();
      last = c;
      if (c.getCaseKind() == CaseTree.CaseKind.RULE) {
        Tree body = c.getBody();
        anyRuleCompletes |= !(body instanceof StatementTree)
            || canCompleteNormally(new TreePath(new TreePath(path, c), body));
      }
    }
    if (!hasDefault || last == null || hasBreakOut(path) || anyRuleCompletes) {
      return true;
    }
    if (last.getCaseKind() == CaseTree.CaseKind.RULE) {
      return false;
    }
    List<? extends StatementTree> statements = last.getStatements();
    return statements.isEmpty() || canCompleteNormally(new TreePath(new TreePath(path, last),
        statements.get(statements.size() - 1)));
  }

  /** Whether a {@code break} anywhere inside leaves the statement at {@code path}. */
  private boolean hasBreakOut(TreePath path) {
    Tree self = path.getLeaf() instanceof LabeledStatementTree
        ? JumpTargets.unlabelled((LabeledStatementTree) path.getLeaf())
        : path.getLeaf();
    boolean[] found = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitBreak(BreakTree node, Void unused) {
        found[0] |= JumpTargets.targetOf(getCurrentPath()) == self;
        return null;
      }

      @Override
      public Void visitClass(com.sun.source.tree.ClassTree node, Void unused) {
        return null;
      }

      @Override
      public Void visitLambdaExpression(com.sun.source.tree.LambdaExpressionTree n, Void u) {
        return null;
      }
    }.scan(path, null);
    return found[0];
  }

  private boolean hasContinue(TreePath loopPath) {
    Tree loop = loopPath.getLeaf();
    boolean[] found = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitContinue(ContinueTree node, Void unused) {
        found[0] |= JumpTargets.targetOf(getCurrentPath()) == loop;
        return null;
      }
    }.scan(loopPath, null);
    return found[0];
  }

  /** Whether the condition at {@code path} is the constant {@code true}. */
  public boolean isConstantTrue(TreePath path) {
    return isConstantTrue(path.getParentPath(), (ExpressionTree) path.getLeaf());
  }

  /** A constant expression {@code true}: a literal, or a constant variable that is true. */
  private boolean isConstantTrue(TreePath parent, ExpressionTree condition) {
    ExpressionTree e = condition;
    while (e instanceof ParenthesizedTree) {
      e = ((ParenthesizedTree) e).getExpression();
    }
    if (e instanceof LiteralTree) {
      return Boolean.TRUE.equals(((LiteralTree) e).getValue());
    }
    if (e.getKind() == Tree.Kind.IDENTIFIER || e.getKind() == Tree.Kind.MEMBER_SELECT) {
      Element element = trees.getElement(new TreePath(parent, e));
      return element instanceof VariableElement
          && Boolean.TRUE.equals(((VariableElement) element).getConstantValue());
    }
    return false;
  }
}
