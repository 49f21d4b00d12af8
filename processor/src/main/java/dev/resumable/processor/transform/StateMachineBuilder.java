package dev.resumable.processor.transform;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.ElementPosition;
import dev.resumable.processor.model.Exits;
import dev.resumable.processor.model.Label;
import dev.resumable.processor.model.LocalVar;
import dev.resumable.processor.model.MethodModel;
import dev.resumable.processor.model.MethodModel.JumpLabels;
import dev.resumable.processor.model.Op;
import dev.resumable.processor.model.State;
import dev.resumable.processor.model.Temps;
import dev.resumable.processor.model.Uses;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Cuts a validated method body into states. Statements that contain a suspension point are taken
 * apart into jumps between states; all others are copied whole. Locals declared at the levels
 * taken apart are hoisted into {@code run}'s scope, so they keep their values across states.
 */
final class StateMachineBuilder {

  private final Trees trees;
  private final Types types;
  private final SuspensionCalls calls;
  private final Reachability reachability;
  private final LocalTable locals;
  private final UsesScanner uses;
  private final PointFactory points;
  private final List<State> states = new ArrayList<>();
  private final Map<Tree, JumpLabels> jumpLabels = new IdentityHashMap<>();
  private final Map<Tree, LocalVar> temps = new IdentityHashMap<>();
  private final ExpressionExploder expressions;
  private final TryExploder tries;
  private final SwitchExploder switches;
  private final ForEachExploder forEachLoops;
  private final MethodModel.InternalNames names;
  private final TypeMirror returnType;
  private final List<Label> handlers = new ArrayList<>();
  private FinallyRegion finallyRegion;
  private LocalVar caught;
  private State current;

  StateMachineBuilder(Trees trees, Types types, Elements elements, SuspensionCalls calls,
      LocalTable locals, PointFactory points, MethodModel.InternalNames names,
      TypeMirror returnType) {
    this.trees = trees;
    this.types = types;
    this.calls = calls;
    this.reachability = new Reachability(trees);
    this.locals = locals;
    this.uses = new UsesScanner(trees, locals);
    this.points = points;
    this.expressions = new ExpressionExploder(trees, calls, this);
    this.names = names;
    this.returnType = returnType;
    this.tries = new TryExploder(trees, types, elements, this, names);
    this.switches = new SwitchExploder(trees, this);
    this.forEachLoops = new ForEachExploder(trees, types, elements, this);
  }

  /** Builds the states of the method at {@code methodPath}; parameters are hoisted first. */
  List<State> build(TreePath methodPath, boolean returnsVoid) {
    MethodTree method = (MethodTree) methodPath.getLeaf();
    for (VariableTree parameter : method.getParameters()) {
      TreePath path = new TreePath(methodPath, parameter);
      locals.hoist((VariableElement) trees.getElement(path), path, true);
    }
    TreePath body = new TreePath(methodPath, method.getBody());
    place(new Label(), body);
    explode(body);
    if (current.isOpen() && !current.isReachable()) {
      current.close(); // the end of the body is unreachable, e.g. after while (true)
    }
    if (current.isOpen()) {
      if (!returnsVoid) {
        throw new AssertionError("a non-void method body completes normally: "
            + " at line " + current.line());
      }
      emit(new Op.Return(null, Temps.NONE, Uses.NONE));
    }
    return states;
  }

  Map<Tree, JumpLabels> jumpLabels() {
    return jumpLabels;
  }

  Map<Tree, MethodModel.YieldTarget> yieldTargets() {
    return switches.yieldTargets();
  }

  /** {@code yield value;} in a switch expression whose cases were taken apart. */
  private void explodeYield(TreePath path, com.sun.source.tree.YieldTree t) {
    MethodModel.YieldTarget target = switches.yieldTargets().get(switchExpressionOf(path));
    TreePath value = new TreePath(path, t.getValue());
    expressions.evaluateRoot(value);
    assign(target.result(), value);
    jump(target.end());
  }

  private static Tree switchExpressionOf(TreePath yieldPath) {
    for (TreePath p = yieldPath.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf().getKind() == Tree.Kind.SWITCH_EXPRESSION) {
        return p.getLeaf();
      }
    }
    throw new AssertionError("yield outside a switch expression");
  }

  private void explode(TreePath path) {
    if (!calls.containsSuspension(path)) {
      copy(path);
      return;
    }
    Tree statement = path.getLeaf();
    switch (statement.getKind()) {
      case BLOCK:
        for (StatementTree s : ((BlockTree) statement).getStatements()) {
          explode(new TreePath(path, s));
        }
        break;
      case VARIABLE: {
        LocalVar local = hoist(path);
        TreePath value = new TreePath(path, ((VariableTree) statement).getInitializer());
        if (calls.kindOf(value) != null) {
          suspendAt(value, local, false);
        } else {
          expressions.evaluateRoot(value);
          assign(local, value);
        }
        break;
      }
      case EXPRESSION_STATEMENT:
        explodeExpressionStatement(path, ((ExpressionStatementTree) statement).getExpression());
        break;
      case RETURN: {
        TreePath value = new TreePath(path, ((ReturnTree) statement).getExpression());
        if (calls.kindOf(value) != null && finallyRegion == null) {
          suspendAt(value, null, true);
        } else if (calls.kindOf(value) != null) {
          suspendAt(value, finallyRegion.exits.value(), false);
          returnThroughFinally();
        } else {
          expressions.evaluateRoot(value);
          if (finallyRegion == null) {
            Temps snapshot = Temps.snapshot(temps);
            emit(new Op.Return(value, snapshot, uses.of(snapshot, value)));
          } else {
            assign(finallyRegion.exits.value(), value);
            returnThroughFinally();
          }
        }
        break;
      }
      case THROW:
        expressions.evaluateRoot(new TreePath(path,
            ((com.sun.source.tree.ThrowTree) statement).getExpression()));
        copy(path);
        break;
      case IF:
        explodeIf(path, (IfTree) statement);
        break;
      case WHILE_LOOP:
        explodeWhile(path, (WhileLoopTree) statement);
        break;
      case DO_WHILE_LOOP:
        explodeDoWhile(path, (DoWhileLoopTree) statement);
        break;
      case FOR_LOOP:
        explodeFor(path, (ForLoopTree) statement);
        break;
      case ENHANCED_FOR_LOOP:
        forEachLoops.explode(path, (EnhancedForLoopTree) statement);
        break;
      case LABELED_STATEMENT:
        explodeLabelled(path, (LabeledStatementTree) statement);
        break;
      case TRY:
        tries.explode(path, (com.sun.source.tree.TryTree) statement);
        break;
      case SWITCH:
        switches.explodeStatement(path, (com.sun.source.tree.SwitchTree) statement);
        break;
      case YIELD:
        explodeYield(path, (com.sun.source.tree.YieldTree) statement);
        break;
      default:
        throw new AssertionError("validation let through " + statement.getKind());
    }
  }

  private void explodeExpressionStatement(TreePath statementPath, ExpressionTree expression) {
    TreePath expressionPath = new TreePath(statementPath, expression);
    if (calls.kindOf(expressionPath) != null) {
      suspendAt(expressionPath, null, false);
      return;
    }
    if (expression instanceof AssignmentTree assignment
        && assignment.getVariable() instanceof IdentifierTree) {
      TreePath value = new TreePath(expressionPath, assignment.getExpression());
      LocalVar target = locals.hoisted(trees.getElement(
          new TreePath(expressionPath, assignment.getVariable())));
      if (target != null && calls.kindOf(value) != null) {
        suspendAt(value, target, false);
        return;
      }
    }
    if (expression instanceof com.sun.source.tree.CompoundAssignmentTree) {
      expressions.compound(expressionPath);
      return;
    }
    expressions.evaluateRoot(expressionPath);
    if (!temps.containsKey(expression)) {
      copy(statementPath);
    }
  }

  private void explodeIf(TreePath path, IfTree t) {
    Label then = new Label();
    Label end = new Label();
    Label otherwise = t.getElseStatement() == null ? end : new Label();
    TreePath condition = new TreePath(path, t.getCondition());
    expressions.evaluateRoot(condition);
    branch(condition, then, otherwise);
    place(then, new TreePath(path, t.getThenStatement()));
    explode(new TreePath(path, t.getThenStatement()));
    if (t.getElseStatement() != null) {
      jump(end);
      place(otherwise, new TreePath(path, t.getElseStatement()));
      explode(new TreePath(path, t.getElseStatement()));
    }
    place(end, path);
  }

  private void explodeWhile(TreePath path, WhileLoopTree t) {
    Label test = new Label();
    Label body = new Label();
    Label end = new Label();
    jumpLabels.put(t, new JumpLabels(end, test));
    place(test, path);
    test(new TreePath(path, t.getCondition()), body, end);
    place(body, new TreePath(path, t.getStatement()));
    explode(new TreePath(path, t.getStatement()));
    jump(test);
    place(end, path);
  }

  private void explodeDoWhile(TreePath path, DoWhileLoopTree t) {
    Label body = new Label();
    Label test = new Label();
    Label end = new Label();
    jumpLabels.put(t, new JumpLabels(end, test));
    place(body, new TreePath(path, t.getStatement()));
    explode(new TreePath(path, t.getStatement()));
    place(test, path);
    test(new TreePath(path, t.getCondition()), body, end);
    place(end, path);
  }

  private void explodeFor(TreePath path, ForLoopTree t) {
    for (StatementTree init : t.getInitializer()) {
      explode(new TreePath(path, init));
    }
    Label test = new Label();
    Label body = new Label();
    Label update = new Label();
    Label end = new Label();
    jumpLabels.put(t, new JumpLabels(end, update));
    place(test, path);
    if (t.getCondition() != null) {
      test(new TreePath(path, t.getCondition()), body, end);
    }
    place(body, new TreePath(path, t.getStatement()));
    explode(new TreePath(path, t.getStatement()));
    place(update, path);
    for (ExpressionStatementTree step : t.getUpdate()) {
      explode(new TreePath(path, step));
    }
    jump(test);
    place(end, path);
  }

  private void explodeLabelled(TreePath path, LabeledStatementTree t) {
    StatementTree target = JumpTargets.unlabelled(t);
    if (target == t) {
      Label end = new Label();
      jumpLabels.put(t, new JumpLabels(end, null));
      explode(new TreePath(path, t.getStatement()));
      place(end, path);
    } else {
      explode(new TreePath(path, t.getStatement()));
    }
  }

  /**
   * A loop test. A constant {@code true} is no branch at all: javac treats the loop's end as
   * unreachable then, and so must the states.
   */
  private void test(TreePath condition, Label body, Label end) {
    if (reachability.isConstantTrue(condition)) {
      jump(body);
    } else {
      expressions.evaluateRoot(condition);
      branch(condition, body, end);
    }
  }

  /** A statement without suspension points: hoisted declarations become assignments. */
  private void copy(TreePath path) {
    Tree statement = path.getLeaf();
    if (statement instanceof VariableTree variable) {
      LocalVar local = hoist(path);
      if (variable.getInitializer() != null) {
        assign(local, new TreePath(path, variable.getInitializer()));
      }
      return;
    }
    if (statement instanceof ExpressionStatementTree expression
        && expression.getExpression() instanceof AssignmentTree assignment
        && assignment.getVariable() instanceof IdentifierTree) {
      TreePath assignmentPath = new TreePath(path, assignment);
      LocalVar target = locals.hoisted(trees.getElement(
          new TreePath(assignmentPath, assignment.getVariable())));
      if (target != null) {
        assign(target, new TreePath(assignmentPath, assignment.getExpression()));
        return;
      }
    }
    boolean completes = reachability.canCompleteNormally(path);
    Temps snapshot = Temps.snapshot(temps);
    Set<Label> jumps = jumpsOutOf(path);
    Exits exits = finallyRegion == null ? Exits.NONE : finallyRegion.exits;
    emit(new Op.Copy(path, snapshot, uses.of(snapshot, path), jumps, completes, exits));
    if (!completes) {
      current.close();
    }
  }

  /**
   * Labels that break, continue and return statements inside {@code path} continue at when they
   * leave it: their targets, or the finally block they must run first.
   */
  private Set<Label> jumpsOutOf(TreePath path) {
    Set<Label> jumps = new LinkedHashSet<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitBreak(BreakTree node, Void unused) {
        note(JumpTargets.targetOf(getCurrentPath()), true);
        return null;
      }

      @Override
      public Void visitContinue(ContinueTree node, Void unused) {
        note(JumpTargets.targetOf(getCurrentPath()), false);
        return null;
      }

      @Override
      public Void visitReturn(com.sun.source.tree.ReturnTree node, Void unused) {
        if (finallyRegion != null) {
          finallyRegion.returns = true;
          jumps.add(finallyRegion.exits.finallyLabel());
        }
        return super.visitReturn(node, unused);
      }

      @Override
      public Void visitYield(com.sun.source.tree.YieldTree node, Void unused) {
        MethodModel.YieldTarget target =
            switches.yieldTargets().get(switchExpressionOf(getCurrentPath()));
        if (target != null) {
          jumps.add(target.end());
        }
        return super.visitYield(node, unused);
      }

      @Override
      public Void visitLambdaExpression(com.sun.source.tree.LambdaExpressionTree node, Void u) {
        return null;
      }

      @Override
      public Void visitClass(com.sun.source.tree.ClassTree node, Void unused) {
        return null;
      }

      private void note(StatementTree target, boolean isBreak) {
        JumpLabels labels = jumpLabels.get(target);
        if (labels == null) {
          return;
        }
        Label to = isBreak ? labels.breakTo() : labels.continueTo();
        if (finallyRegion != null && finallyRegion.isLeftBy(target)) {
          finallyRegion.jumps.put(to, target);
          jumps.add(finallyRegion.exits.finallyLabel());
        } else {
          jumps.add(to);
        }
      }
    }.scan(path, null);
    return jumps;
  }

  /**
   * Suspends at a call that a statement consists of, once its receiver and arguments are
   * evaluated: they may wait themselves, as in {@code plus(Await.event(..))}.
   */
  private void suspendAt(TreePath call, LocalVar target, boolean returnIt) {
    expressions.evaluateOperandsOfRoot(call);
    suspend(call, target, returnIt);
  }

  private void suspend(TreePath call, LocalVar target, boolean returnIt) {
    Label resume = new Label();
    var point = points.create(call, resume);
    Temps snapshot = Temps.snapshot(temps);
    emit(new Op.Suspend(point, snapshot, uses.of(snapshot, argumentsOf(call))));
    // The resume state follows directly: suspending falls through when the value is ready at once.
    states.add(current = new State(resume, point.line(), handler(), current.isReachable()));
    emit(new Op.TakeResult(point, target, returnIt));
    if (returnIt) {
      current.close();
    }
  }

  /** The receiver and arguments of a call: what its suspension op evaluates. */
  private static TreePath[] argumentsOf(TreePath call) {
    com.sun.source.tree.MethodInvocationTree invocation =
        (com.sun.source.tree.MethodInvocationTree) call.getLeaf();
    List<TreePath> parts = new java.util.ArrayList<>();
    parts.add(new TreePath(call, invocation.getMethodSelect()));
    invocation.getArguments().forEach(a -> parts.add(new TreePath(call, a)));
    return parts.toArray(TreePath[]::new);
  }

  // What the try exploder builds with.

  Label handler() {
    return handlers.isEmpty() ? null : handlers.get(handlers.size() - 1);
  }

  /** Builds with {@code handler} receiving the exceptions of the states placed meanwhile. */
  void withHandler(Label handler, Runnable build) {
    handlers.add(handler);
    try {
      build.run();
    } finally {
      handlers.remove(handlers.size() - 1);
    }
  }

  void explodeStatement(TreePath path) {
    explode(path);
  }

  /** Whether control can go on from the end of what was built so far. */
  boolean isOpen() {
    return current.isOpen() && current.isReachable();
  }

  TypeMirror returnType() {
    return returnType;
  }

  FinallyRegion finallyRegion() {
    return finallyRegion;
  }

  void enterFinallyRegion(FinallyRegion region) {
    finallyRegion = region;
  }

  void leaveFinallyRegion() {
    finallyRegion = finallyRegion.outer;
  }

  /** The local the dispatch loop's exception handler stores a caught exception in. */
  LocalVar caught() {
    if (caught == null) {
      caught = locals.temporary("caught", locals.throwableType(), null);
    }
    return caught;
  }

  LocalVar caughtOrNull() {
    return caught;
  }

  LocalVar hoistCatchParameter(TreePath parameter, TypeMirror type) {
    return locals.hoist((VariableElement) trees.getElement(parameter), parameter, false, type);
  }

  /** The code that returns {@code value} from where {@code outer} stands, and the labels it uses. */
  CodeBlock routeReturn(FinallyRegion outer, CodeBlock value, Set<Label> jumps) {
    if (outer == null) {
      return value == null ? CodeBlock.of("return null;\n") : CodeBlock.of("return $L;\n", value);
    }
    outer.returns = true;
    jumps.add(outer.exits.finallyLabel());
    CodeBlock.Builder code = CodeBlock.builder();
    if (value != null) {
      code.addStatement("$N = $L", outer.exits.value().javaName(), value);
    }
    return code.add(outer.exits.setKind(Exits.RETURN))
        .addStatement("$N = $L", names.label(), outer.exits.finallyLabel())
        .addStatement("continue $N", names.dispatch())
        .build();
  }

  /** The code that jumps to {@code to}, leaving {@code target}, from where {@code outer} stands. */
  CodeBlock routeJump(FinallyRegion outer, Label to, StatementTree target, Set<Label> jumps) {
    if (outer != null && outer.isLeftBy(target)) {
      outer.jumps.put(to, target);
      jumps.add(outer.exits.finallyLabel());
      return CodeBlock.builder()
          .addStatement("$N = $L", outer.exits.target().javaName(), to)
          .add(outer.exits.setKind(Exits.JUMP))
          .addStatement("$N = $L", names.label(), outer.exits.finallyLabel())
          .addStatement("continue $N", names.dispatch())
          .build();
    }
    jumps.add(to);
    return CodeBlock.builder()
        .addStatement("$N = $L", names.label(), to)
        .addStatement("continue $N", names.dispatch())
        .build();
  }

  private void returnThroughFinally() {
    finallyRegion.returns = true;
    emit(new Op.Raw(finallyRegion.exits.setKind(Exits.RETURN), Uses.NONE,
        Set.of(finallyRegion.exits.kind())));
    jump(finallyRegion.exits.finallyLabel());
  }

  // What the switch exploder builds with.

  void evaluateExpression(TreePath expression) {
    expressions.evaluateRoot(expression);
  }

  /** An expression evaluated for its effect, such as the body of an arrow case. */
  void evaluateForEffect(TreePath expression) {
    if (calls.kindOf(expression) != null) {
      suspendAt(expression, null, false);
      return;
    }
    expressions.evaluateRoot(expression);
    if (!temps.containsKey(expression.getLeaf())) {
      Temps snapshot = Temps.snapshot(temps);
      emit(new Op.Eval(expression, snapshot, uses.of(snapshot, expression)));
    }
  }

  void registerJumpTarget(Tree statement, JumpLabels labels) {
    jumpLabels.put(statement, labels);
  }

  LocalVar explodeSwitchExpression(TreePath path) {
    return switches.explodeExpression(path, (com.sun.source.tree.SwitchExpressionTree)
        path.getLeaf());
  }

  // What the expression exploder builds with.

  LocalVar temporary(String suggestion, TypeMirror type, TreePath near) {
    return locals.temporary(suggestion, type, near);
  }

  void assign(LocalVar target, TreePath value) {
    Temps snapshot = Temps.snapshot(temps);
    emit(new Op.Assign(target, value, snapshot, uses.of(snapshot, value)));
  }

  void branch(TreePath condition, Label ifTrue, Label ifFalse) {
    Temps snapshot = Temps.snapshot(temps);
    emit(new Op.Branch(condition, null, snapshot, uses.of(snapshot, condition), ifTrue, ifFalse));
  }

  void branchOnTemporary(CodeBlock condition, LocalVar temporary, Label ifTrue, Label ifFalse) {
    emit(new Op.Branch(null, condition, Temps.NONE, Uses.of(temporary), ifTrue, ifFalse));
  }

  void emitCompound(TreePath assignment, LocalVar old) {
    Temps snapshot = Temps.snapshot(temps);
    Uses read = uses.of(snapshot, assignment);
    Set<LocalVar> reads = new LinkedHashSet<>(read.reads());
    reads.add(old);
    emit(new Op.Compound(assignment, old, snapshot, new Uses(reads, read.captured())));
  }

  void suspendIntoTemporary(TreePath call) {
    LocalVar result = locals.temporary("awaited", points.resultTypeOf(call), call);
    suspend(call, result, false);
    temps.put(call.getLeaf(), result);
  }

  void placeAt(Label label, TreePath at) {
    place(label, at);
  }

  void jumpTo(Label label) {
    jump(label);
  }

  void substitute(Tree tree, LocalVar temporary) {
    temps.put(tree, temporary);
  }

  boolean hasTemporary(Tree tree) {
    return temps.containsKey(tree);
  }

  /** The local a for-each loop declares, hoisted as any other. */
  LocalVar hoistLocal(TreePath declaration) {
    return hoist(declaration);
  }

  /** A for-each variable that a restore takes again from the loop's position. */
  LocalVar hoistDerived(VariableElement variable, TreePath declaration, ElementPosition position) {
    return locals.hoistDerived(variable, declaration, position);
  }

  /** The name the method's variable has in generated code. */
  String nameOf(VariableElement variable) {
    return locals.names().get(variable);
  }

  private LocalVar hoist(TreePath declaration) {
    Element element = trees.getElement(declaration);
    return locals.hoist((VariableElement) element, declaration, false);
  }

  void emit(Op op) {
    if (!current.isOpen()) {
      throw new AssertionError("unreachable op " + op);
    }
    current.add(op);
    if (op instanceof Op.Branch || op instanceof Op.Jump || op instanceof Op.Return
        || op instanceof Op.SwitchDispatch
        || op instanceof Op.Raw raw && !raw.completes()) {
      current.close();
    }
  }

  private void jump(Label target) {
    if (!current.isOpen()) {
      return;
    }
    if (current.isReachable()) {
      emit(new Op.Jump(target));
    } else {
      current.close(); // a jump from here would make its target look reachable
    }
  }

  /** Starts the state {@code label}; an open state before it jumps there. */
  private void place(Label label, TreePath at) {
    if (current != null) {
      jump(label);
    }
    boolean reachable = current == null
        || states.stream().anyMatch(s -> s.isReachable() && s.leadsTo(label));
    states.add(current = new State(label, points.lineOf(at), handler(), reachable));
  }
}
