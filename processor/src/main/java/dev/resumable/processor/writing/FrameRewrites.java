package dev.resumable.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.Exits;
import dev.resumable.processor.model.Label;
import dev.resumable.processor.model.LocalVar;
import dev.resumable.processor.model.MethodModel;
import dev.resumable.processor.model.Temps;
import dev.resumable.processor.model.Undo;
import dev.resumable.processor.transform.SuspensionCalls;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/** How copied code changes in the state machine: renamed locals, returns, jumps and captures. */
final class FrameRewrites implements SourcePrinter.Rewrites {

  private final Trees trees;
  private final MethodModel model;
  private final Map<Element, LocalVar> hoisted = new IdentityHashMap<>();
  private Temps temps = Temps.NONE;
  private int commentedLine;
  private Exits exits = Exits.NONE;
  private java.util.function.Function<TreePath, CodeBlock> printArgument;

  FrameRewrites(Trees trees, MethodModel model) {
    this.trees = trees;
    this.model = model;
    for (LocalVar local : model.hoisted()) {
      if (local.element() != null) {
        hoisted.put(local.element(), local);
      }
    }
  }

  /** How to print the arguments of a branch's call, which this class rewrites. */
  void printingArgumentsWith(java.util.function.Function<TreePath, CodeBlock> printer) {
    this.printArgument = printer;
  }

  /** The temporaries of the op about to be printed, and how it leaves a finally region. */
  void printingWith(Temps temps, Exits exits) {
    this.temps = temps;
    this.exits = exits;
  }

  /**
   * A comment naming the source line of {@code tree}, when it differs from the line the last one
   * named: it makes the generated code easy to follow, and the line table is read off it.
   */
  CodeBlock lineComment(TreePath tree) {
    long start = trees.getSourcePositions().getStartPosition(tree.getCompilationUnit(),
        tree.getLeaf());
    int line = start < 0 ? 0
        : (int) tree.getCompilationUnit().getLineMap().getLineNumber(start);
    if (line <= 0 || line == commentedLine) {
      return null;
    }
    commentedLine = line;
    return CodeBlock.of("// $L:$L\n", model.sourceFile(), line);
  }

  /** Notes that the writer's own comment named {@code line}. */
  void commented(int line) {
    commentedLine = line;
  }

  @Override
  public CodeBlock beforeStatement(TreePath statement) {
    return insideLambdaOrClass(statement) ? null : lineComment(statement);
  }

  @Override
  public String localName(VariableElement local) {
    String name = model.localNames().get(local);
    return name != null ? name : local.getSimpleName().toString();
  }

  @Override
  public CodeBlock returnFromMethod(TreePath returnPath, CodeBlock value) {
    if (!exits.isNone()) {
      // Inside a try whose finally block was taken apart: run it first, then return.
      CodeBlock.Builder code = CodeBlock.builder();
      if (value != null) {
        code.addStatement("$N = $L", exits.value().javaName(), value);
      }
      return code.add(exits.setKind(Exits.RETURN))
          .add(goTo(exits.finallyLabel()))
          .build();
    }
    // run() returns Object: the value is boxed, and a void method returns null.
    return value == null ? CodeBlock.of("return null;\n") : CodeBlock.of("return $L;\n", value);
  }

  @Override
  public CodeBlock jumpOut(TreePath jumpPath, StatementTree target) {
    MethodModel.JumpLabels labels = model.jumpLabels().get(target);
    if (labels == null) {
      return null;
    }
    Label to = jumpPath.getLeaf() instanceof BreakTree ? labels.breakTo() : labels.continueTo();
    if (!exits.isNone() && leavesTry(jumpPath, target)) {
      return CodeBlock.builder()
          .addStatement("$N = $L", exits.target().javaName(), to.number())
          .add(exits.setKind(Exits.JUMP))
          .add(goTo(exits.finallyLabel()))
          .build();
    }
    return goTo(to);
  }

  @Override
  public CodeBlock yieldOut(TreePath yieldPath, Tree switchExpression, CodeBlock value) {
    MethodModel.YieldTarget target = model.yieldTargets().get(switchExpression);
    if (target == null) {
      return null;
    }
    return CodeBlock.builder()
        .addStatement("$N = $L", target.result().javaName(), value)
        .add(goTo(target.end()))
        .build();
  }

  private CodeBlock goTo(Label label) {
    return CodeBlock.builder()
        .addStatement("$N = $L", model.names().label(), label.number())
        .addStatement("continue $N", model.names().dispatch())
        .build();
  }

  /** Whether the jump passes the try statement whose finally must run on the way. */
  private boolean leavesTry(TreePath jumpPath, StatementTree target) {
    for (TreePath p = jumpPath.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() == target) {
        return false;
      }
      if (p.getLeaf() == exits.tryTree()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean declaredElsewhere(TreePath classPath) {
    return model.localTypes().stream().anyMatch(p -> p.getLeaf() == classPath.getLeaf());
  }

  @Override
  public CodeBlock self() {
    return CodeBlock.of("$N", model.names().self());
  }

  @Override
  public CodeBlock substitute(TreePath expression) {
    LocalVar temp = temps.get(expression.getLeaf());
    if (temp != null) {
      return CodeBlock.of("$N", temp.javaName());
    }
    if (expression.getLeaf() instanceof MethodInvocationTree start
        && SuspensionCalls.isBranchStart(trees.getElement(expression))) {
      // Await.branch(callee(args)) starts the callee's frame as a branch instead of calling it;
      // so does Await.branch(() -> callee(args)) for a void callee.
      TreePath call = SuspensionCalls.branchedCall(expression);
      return CodeBlock.of("$N.branch($L)", model.names().step(), FrameConstruction.of(call,
          (javax.lang.model.element.ExecutableElement) trees.getElement(call), printArgument,
          model.names().self()));
    }
    if (expression.getLeaf() instanceof MethodInvocationTree registration
        && SuspensionCalls.isUndoRegistration(trees.getElement(expression))) {
      return undo(expression, registration);
    }
    if (!(expression.getLeaf() instanceof IdentifierTree)) {
      return null;
    }
    LocalVar local = hoisted.get(trees.getElement(expression));
    if (local == null || !insideLambdaOrClass(expression)) {
      return null;
    }
    return CodeBlock.of("$N", model.captureNames().get(local));
  }

  /**
   * {@code saga.onUndo(() -> step(args))} records the step's call on the saga, its arguments
   * evaluated now: {@code step.onUndo(saga, "undo:step", args)}.
   */
  private CodeBlock undo(TreePath expression, MethodInvocationTree registration) {
    Undo undo = model.undos().stream().filter(u -> u.registration().getLeaf() == registration)
        .findFirst().orElseThrow(() -> new AssertionError("no compensation for " + registration));
    java.util.List<CodeBlock> arguments = new java.util.ArrayList<>();
    arguments.add(registration.getMethodSelect() instanceof com.sun.source.tree.MemberSelectTree
        select ? printArgument.apply(new TreePath(new TreePath(expression, select),
            select.getExpression())) : CodeBlock.of("this"));
    arguments.add(CodeBlock.of("$S", undo.id()));
    MethodInvocationTree call = (MethodInvocationTree) undo.call().getLeaf();
    call.getArguments().forEach(a -> arguments.add(printArgument.apply(
        new TreePath(undo.call(), a))));
    return CodeBlock.of("$N.onUndo($L)", model.names().step(), CodeBlock.join(arguments, ", "));
  }

  private boolean insideLambdaOrClass(TreePath path) {
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      Tree t = p.getLeaf();
      if (t instanceof LambdaExpressionTree && SuspensionCalls.isUnprintedLambda(trees, p)) {
        continue; // not printed: its call becomes a branch's frame, or a saga's compensation
      }
      if (t instanceof LambdaExpressionTree || t instanceof ClassTree) {
        return !(t instanceof ClassTree) || p.getParentPath().getLeaf() instanceof
            com.sun.source.tree.NewClassTree;
      }
    }
    return false;
  }
}
