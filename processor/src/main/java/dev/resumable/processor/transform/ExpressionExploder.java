package dev.resumable.processor.transform;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import com.palantir.javapoet.CodeBlock;
import dev.resumable.processor.model.Label;
import dev.resumable.processor.model.LocalVar;
import dev.resumable.processor.model.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeKind;

/**
 * Evaluates an expression that contains suspension points in Java's order: operands left to
 * right, each operand that is evaluated before a later suspension point kept in a hoisted
 * temporary, so that its side effects happen once, before the wait, even across a restart.
 * Afterwards, printing the expression with the builder's temporaries gives its value without
 * evaluating anything twice. {@code &&}, {@code ||} and {@code ?:} become branches, so that the
 * side that Java does not evaluate does not wait either.
 */
final class ExpressionExploder {

  private final Trees trees;
  private final SuspensionCalls calls;
  private final StateMachineBuilder builder;
  private Set<Element> assignedInStatement = Set.of();

  ExpressionExploder(Trees trees, SuspensionCalls calls, StateMachineBuilder builder) {
    this.trees = trees;
    this.calls = calls;
    this.builder = builder;
  }

  /** Evaluates the root expression of a statement. */
  void evaluateRoot(TreePath expression) {
    assignedInStatement = Assignments.assignedLocals(trees, expression);
    evaluate(expression);
  }

  /** Runs every suspension point in {@code path}; its remaining parts stay to be printed. */
  void evaluate(TreePath path) {
    if (!calls.containsSuspension(path)) {
      return;
    }
    Tree tree = path.getLeaf();
    switch (tree.getKind()) {
      case PARENTHESIZED:
        evaluate(child(path, ((ParenthesizedTree) tree).getExpression()));
        break;
      case METHOD_INVOCATION:
        invocation(path, (MethodInvocationTree) tree);
        break;
      case NEW_CLASS: {
        NewClassTree t = (NewClassTree) tree;
        List<TreePath> operands = new ArrayList<>();
        if (t.getEnclosingExpression() != null) {
          operands.add(child(path, t.getEnclosingExpression()));
        }
        t.getArguments().forEach(a -> operands.add(child(path, a)));
        inOrder(operands);
        break;
      }
      case NEW_ARRAY: {
        NewArrayTree t = (NewArrayTree) tree;
        List<TreePath> operands = new ArrayList<>();
        t.getDimensions().forEach(d -> operands.add(child(path, d)));
        if (t.getInitializers() != null) {
          t.getInitializers().forEach(i -> operands.add(child(path, i)));
        }
        inOrder(operands);
        break;
      }
      case MEMBER_SELECT:
        inOrder(List.of(child(path, ((MemberSelectTree) tree).getExpression())));
        break;
      case ARRAY_ACCESS: {
        ArrayAccessTree t = (ArrayAccessTree) tree;
        inOrder(List.of(child(path, t.getExpression()), child(path, t.getIndex())));
        break;
      }
      case TYPE_CAST:
        inOrder(List.of(child(path, ((TypeCastTree) tree).getExpression())));
        break;
      case INSTANCE_OF:
        inOrder(List.of(child(path, ((InstanceOfTree) tree).getExpression())));
        break;
      case CONDITIONAL_AND:
      case CONDITIONAL_OR:
        shortCircuit(path, (BinaryTree) tree);
        break;
      case CONDITIONAL_EXPRESSION:
        conditional(path, (ConditionalExpressionTree) tree);
        break;
      case SWITCH_EXPRESSION: {
        com.sun.source.tree.SwitchExpressionTree t = (com.sun.source.tree.SwitchExpressionTree) tree;
        boolean casesWait = t.getCases().stream()
            .anyMatch(c -> calls.containsSuspension(child(path, c)));
        if (casesWait) {
          builder.substitute(tree, builder.explodeSwitchExpression(path));
        } else {
          inOrder(List.of(child(path, t.getExpression())));
        }
        break;
      }
      case ASSIGNMENT: {
        AssignmentTree t = (AssignmentTree) tree;
        List<TreePath> operands = new ArrayList<>(variableOperands(child(path, t.getVariable())));
        operands.add(child(path, t.getExpression()));
        inOrder(operands);
        break;
      }
      default:
        if (tree instanceof UnaryTree unary) {
          TreePath operand = child(path, unary.getExpression());
          inOrder(Assignments.isIncrementOrDecrement(tree) ? variableOperands(operand) : List.of(operand));
        } else if (tree instanceof BinaryTree binary) {
          inOrder(List.of(child(path, binary.getLeftOperand()),
              child(path, binary.getRightOperand())));
        } else {
          throw new AssertionError("validation let through a wait in " + tree.getKind());
        }
    }
  }

  /**
   * {@code target op= value} whose value waits: the target's parts and its old value are read
   * before the wait, as Java reads them, then combined with the value after it.
   */
  void compound(TreePath path) {
    CompoundAssignmentTree t = (CompoundAssignmentTree) path.getLeaf();
    assignedInStatement = Assignments.assignedLocals(trees, path);
    TreePath target = child(path, t.getVariable());
    for (TreePath operand : variableOperands(target)) {
      evaluate(operand);
      materializeUnlessStable(operand);
    }
    LocalVar old = builder.temporary("old", trees.getTypeMirror(target), target);
    builder.assign(old, target);
    evaluate(child(path, t.getExpression()));
    builder.emitCompound(path, old);
  }

  /** The receiver and arguments of a suspending call that is a statement's root expression. */
  void evaluateOperandsOfRoot(TreePath call) {
    assignedInStatement = Assignments.assignedLocals(trees, call);
    inOrder(operandsOf(call, (MethodInvocationTree) call.getLeaf()));
  }

  private void invocation(TreePath path, MethodInvocationTree t) {
    inOrder(operandsOf(path, t));
    if (calls.kindOf(path) != null) {
      builder.suspendIntoTemporary(path);
    }
  }

  /** What Java evaluates before it calls: the receiver, unless it is a type, and the arguments. */
  private List<TreePath> operandsOf(TreePath path, MethodInvocationTree t) {
    List<TreePath> operands = new ArrayList<>();
    if (t.getMethodSelect() instanceof MemberSelectTree select && !isTypeName(
        child(child(path, select), select.getExpression()))) {
      operands.add(child(child(path, select), select.getExpression()));
    }
    t.getArguments().forEach(a -> operands.add(child(path, a)));
    return operands;
  }

  /**
   * Evaluates operands left to right: each one before the last that waits is evaluated now and,
   * unless reading it later gives the same value, kept in a temporary.
   */
  private void inOrder(List<TreePath> operands) {
    int last = -1;
    for (int i = 0; i < operands.size(); i++) {
      if (calls.containsSuspension(operands.get(i))) {
        last = i;
      }
    }
    for (int i = 0; i < last; i++) {
      evaluate(operands.get(i));
      materializeUnlessStable(operands.get(i));
    }
    if (last >= 0) {
      evaluate(operands.get(last));
    }
  }

  private void shortCircuit(TreePath path, BinaryTree t) {
    TreePath left = child(path, t.getLeftOperand());
    TreePath right = child(path, t.getRightOperand());
    if (!calls.containsSuspension(right)) {
      inOrder(List.of(left));
      return;
    }
    evaluate(left);
    LocalVar result = builder.temporary("condition", trees.getTypeMirror(path), path);
    builder.assign(result, left);
    Label evaluateRight = new Label();
    Label end = new Label();
    CodeBlock holds = CodeBlock.of("$N", result.javaName());
    if (t.getKind() == Tree.Kind.CONDITIONAL_AND) {
      builder.branchOnTemporary(holds, result, evaluateRight, end);
    } else {
      builder.branchOnTemporary(holds, result, end, evaluateRight);
    }
    builder.placeAt(evaluateRight, right);
    evaluate(right);
    builder.assign(result, right);
    builder.placeAt(end, path);
    builder.substitute(path.getLeaf(), result);
  }

  private void conditional(TreePath path, ConditionalExpressionTree t) {
    TreePath condition = child(path, t.getCondition());
    TreePath whenTrue = child(path, t.getTrueExpression());
    TreePath whenFalse = child(path, t.getFalseExpression());
    if (!calls.containsSuspension(whenTrue) && !calls.containsSuspension(whenFalse)) {
      inOrder(List.of(condition));
      return;
    }
    evaluate(condition);
    LocalVar result = builder.temporary("chosen", trees.getTypeMirror(path), path);
    Label first = new Label();
    Label second = new Label();
    Label end = new Label();
    builder.branch(condition, first, second);
    builder.placeAt(first, whenTrue);
    evaluate(whenTrue);
    builder.assign(result, whenTrue);
    builder.jumpTo(end);
    builder.placeAt(second, whenFalse);
    evaluate(whenFalse);
    builder.assign(result, whenFalse);
    builder.placeAt(end, path);
    builder.substitute(path.getLeaf(), result);
  }

  /** The parts of an assignment target that Java evaluates before the assigned value. */
  private static List<TreePath> variableOperands(TreePath variable) {
    Tree tree = variable.getLeaf();
    if (tree instanceof ArrayAccessTree access) {
      return List.of(child(variable, access.getExpression()), child(variable, access.getIndex()));
    }
    if (tree instanceof MemberSelectTree select) {
      return List.of(child(variable, select.getExpression()));
    }
    return List.of();
  }

  private void materializeUnlessStable(TreePath operand) {
    if (!builder.hasTemporary(operand.getLeaf()) && !isStable(operand)) {
      LocalVar temp = builder.temporary("value", trees.getTypeMirror(operand), operand);
      builder.assign(temp, operand);
      builder.substitute(operand.getLeaf(), temp);
    }
  }

  /**
   * Whether reading the operand after the wait gives what reading it before would: literals,
   * {@code this}, class literals, type names, fields (the receiver's fields are not persisted and
   * are read where they are used), and locals that the statement does not assign.
   */
  private boolean isStable(TreePath operand) {
    Tree tree = operand.getLeaf();
    switch (tree.getKind()) {
      case PARENTHESIZED:
        return isStable(child(operand, ((ParenthesizedTree) tree).getExpression()));
      case IDENTIFIER: {
        Element element = trees.getElement(operand);
        if (element == null) {
          return false;
        }
        if (element.getKind() == ElementKind.LOCAL_VARIABLE
            || element.getKind() == ElementKind.PARAMETER
            || element.getKind() == ElementKind.EXCEPTION_PARAMETER
            || element.getKind() == ElementKind.BINDING_VARIABLE
            || element.getKind() == ElementKind.RESOURCE_VARIABLE) {
          return !assignedInStatement.contains(element);
        }
        return true;
      }
      case MEMBER_SELECT: {
        MemberSelectTree select = (MemberSelectTree) tree;
        return isTypeName(operand) || isStable(child(operand, select.getExpression()));
      }
      default:
        return tree instanceof com.sun.source.tree.LiteralTree;
    }
  }

  private boolean isTypeName(TreePath path) {
    Element element = trees.getElement(path);
    return element != null && (element.getKind().isClass() || element.getKind().isInterface()
        || element.getKind() == ElementKind.PACKAGE);
  }

  private static TreePath child(TreePath parent, Tree child) {
    return new TreePath(parent, child);
  }

  static boolean isVoid(javax.lang.model.type.TypeMirror type) {
    return type.getKind() == TypeKind.VOID;
  }
}
