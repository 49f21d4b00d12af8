package dev.resumable.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.Label;
import dev.resumable.processor.model.LocalVar;
import dev.resumable.processor.model.MethodModel;
import dev.resumable.processor.model.Op;
import dev.resumable.processor.model.Point;
import dev.resumable.processor.model.Undo;
import dev.resumable.processor.model.State;
import dev.resumable.processor.transform.SuspensionCalls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * Writes {@code run}: hoisted locals loaded from their fields, then a dispatch loop with one case
 * per state. Jumps set the label and continue the loop, or simply fall into the next case.
 */
final class RunMethodWriter {

  private final Trees trees;
  private final MethodModel model;
  private final SourcePrinter printer;
  private final FrameRewrites rewrites;
  private final MethodModel.InternalNames names;
  private final TypeArgumentCode typeArguments;
  private State next;

  RunMethodWriter(Trees trees, MethodModel model, TypeArgumentCode typeArguments) {
    this.trees = trees;
    this.model = model;
    this.typeArguments = typeArguments;
    this.names = model.names();
    this.rewrites = new FrameRewrites(trees, model);
    this.printer = new SourcePrinter(trees, model.methodPath().getCompilationUnit(), model.owner(),
        rewrites);
    rewrites.printingArgumentsWith(printer::expression);
  }

  MethodSpec write() {
    CodeBlock.Builder body = CodeBlock.builder();
    // First, so that the locals below, and every state, can name them.
    for (TreePath declaration : model.localTypes()) {
      body.add(printer.declaration(declaration));
    }
    for (LocalVar local : model.hoisted()) {
      if (local.hasField()) {
        body.addStatement("$T $N = this.$N", LocalTypeNames.of(local.type()), local.javaName(),
            local.javaName());
      } else {
        body.addStatement("$T $N = $L", LocalTypeNames.of(local.type()), local.javaName(),
            defaultValue(local));
      }
    }
    boolean catches = model.catchesExceptions();
    body.beginControlFlow("$N: while (true)", names.dispatch());
    if (catches) {
      body.beginControlFlow("try");
    }
    body.beginControlFlow("switch ($N)", names.label());
    List<State> states = model.states();
    for (int i = 0; i < states.size(); i++) {
      State state = states.get(i);
      next = i + 1 < states.size() ? states.get(i + 1) : null;
      body.add("case $L: {\n", state.label().number()).indent();
      body.add("// $L:$L\n", model.sourceFile(), state.line());
      rewrites.commented(state.line());
      if (catches) {
        // The exception table below looks up the state an exception came from.
        body.addStatement("$N = $L", names.label(), state.label().number());
      }
      for (Op op : state.ops()) {
        body.add(op(op));
      }
      if (!state.ops().isEmpty() && state.ops().get(state.ops().size() - 1)
          instanceof Op.Suspend suspend) {
        // Through the switch rather than falling into the next case: the state after a wait
        // then has one way in, which keeps the JIT's loop optimizations for loops in it.
        body.addStatement("$N = $L", names.label(), suspend.point().resume().number());
        body.addStatement("continue $N", names.dispatch());
      }
      body.unindent().add("}\n");
    }
    body.add("default:\n").indent()
        .addStatement("throw new $T($S + $N)", IllegalStateException.class,
            model.frameClass().simpleName() + " has no state ", names.label())
        .unindent();
    body.endControlFlow();
    if (catches) {
      body.nextControlFlow("catch ($T $N)", Throwable.class, names.thrown());
      body.add(exceptionTable());
      body.endControlFlow();
    }
    body.endControlFlow();
    return MethodSpec.methodBuilder("run")
        .addAnnotation(Override.class)
        .addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "{$S, $S, $S}", "unchecked", "fallthrough", "cast").build())
        .addModifiers(Modifier.PROTECTED)
        .returns(Object.class)
        .addParameter(RuntimeNames.STEP, names.step())
        .addException(Throwable.class)
        .addCode(body.build())
        .build();
  }

  /** Sends an exception to the handler of the state it came from, or on to the caller. */
  private CodeBlock exceptionTable() {
    Map<Label, List<State>> byHandler = new LinkedHashMap<>();
    for (State state : model.states()) {
      if (state.handler() != null) {
        byHandler.computeIfAbsent(state.handler(), h -> new ArrayList<>()).add(state);
      }
    }
    CodeBlock.Builder table = CodeBlock.builder().beginControlFlow("switch ($N)", names.label());
    byHandler.forEach((handler, protectedStates) -> {
      for (State state : protectedStates) {
        table.add("case $L:\n", state.label().number());
      }
      table.indent()
          .addStatement("$N = $N", model.caught().javaName(), names.thrown())
          .addStatement("$N = $L", names.label(), handler.number())
          .addStatement("continue $N", names.dispatch())
          .unindent();
    });
    table.add("default:\n").indent().addStatement("throw $N", names.thrown()).unindent();
    return table.endControlFlow().build();
  }

  /**
   * An op, after a comment naming its source line when that changes: the comments make the
   * generated code easy to follow, and the frame's line table is read off them.
   */
  private CodeBlock op(Op op) {
    CodeBlock.Builder code = CodeBlock.builder();
    TreePath tree = treeOf(op);
    if (op instanceof Op.Suspend suspend) {
      rewrites.commented(suspend.point().line());
    } else if (tree != null && !(op instanceof Op.Copy)) {
      // A copied statement names its own line, and those of the statements inside it.
      CodeBlock comment = rewrites.lineComment(tree);
      if (comment != null) {
        code.add(comment);
      }
    }
    return code.add(withCaptures(op)).build();
  }

  private static TreePath treeOf(Op op) {
    if (op instanceof Op.Copy copy) {
      return copy.statement();
    }
    if (op instanceof Op.Assign assign) {
      return assign.value();
    }
    if (op instanceof Op.Branch branch) {
      return branch.condition();
    }
    if (op instanceof Op.Return ret) {
      return ret.value();
    }
    if (op instanceof Op.Eval eval) {
      return eval.expression();
    }
    if (op instanceof Op.Compound compound) {
      return compound.assignment();
    }
    return op instanceof Op.Suspend suspend ? suspend.point().call() : null;
  }

  private CodeBlock withCaptures(Op op) {
    CodeBlock code = bare(op);
    if (op.uses().captured().isEmpty()) {
      return code;
    }
    // Hoisted locals are assigned more than once, so lambdas capture an effectively final copy.
    CodeBlock.Builder block = CodeBlock.builder().add("{\n").indent();
    for (LocalVar local : op.uses().captured()) {
      block.addStatement("final $T $N = $N", LocalTypeNames.of(local.type()),
          model.captureNames().get(local), local.javaName());
    }
    return block.add(code).unindent().add("}\n").build();
  }

  private CodeBlock bare(Op op) {
    rewrites.printingWith(op.temps(),
        op instanceof Op.Copy copy ? copy.exits() : dev.resumable.processor.model.Exits.NONE);
    if (op instanceof Op.Copy copy) {
      return printer.statement(copy.statement());
    }
    if (op instanceof Op.Assign assign) {
      return CodeBlock.of("$N = $L;\n", assign.target().javaName(),
          value(assign.target(), assign.value()));
    }
    if (op instanceof Op.Raw raw) {
      return raw.code();
    }
    if (op instanceof Op.Branch branch) {
      return branch(branch);
    }
    if (op instanceof Op.Jump jump) {
      return jumpTo(jump.target());
    }
    if (op instanceof Op.Return ret) {
      return ret.value() == null
          ? CodeBlock.of("return null;\n")
          : CodeBlock.of("return $L;\n", printer.expression(ret.value()));
    }
    if (op instanceof Op.Suspend suspend) {
      return suspend(suspend.point());
    }
    if (op instanceof Op.Compound compound) {
      return compound(compound);
    }
    if (op instanceof Op.Eval eval) {
      return CodeBlock.of("$L;\n", printer.expression(eval.expression()));
    }
    if (op instanceof Op.SwitchDispatch dispatch) {
      return switchDispatch(dispatch);
    }
    return take((Op.TakeResult) op);
  }

  /**
   * The original switch with each case's body replaced by a jump to its state. Enum constants
   * stay unqualified, as Java 17 requires in case labels.
   */
  private CodeBlock switchDispatch(Op.SwitchDispatch dispatch) {
    List<? extends CaseTree> cases = dispatch.switchPath().getLeaf() instanceof SwitchTree s
        ? s.getCases()
        : ((SwitchExpressionTree) dispatch.switchPath().getLeaf()).getCases();
    boolean onEnum = dispatch.selector().type().getKind() == javax.lang.model.type.TypeKind.DECLARED
        && ((javax.lang.model.type.DeclaredType) dispatch.selector().type()).asElement()
            .getKind() == javax.lang.model.element.ElementKind.ENUM;
    CodeBlock.Builder code = CodeBlock.builder()
        .beginControlFlow("switch ($N)", dispatch.selector().javaName());
    for (int i = 0; i < cases.size(); i++) {
      CaseTree c = cases.get(i);
      TreePath casePath = new TreePath(dispatch.switchPath(), c);
      if (c.getExpressions().isEmpty()) {
        code.add("default:\n");
      } else {
        CodeBlock labels = CodeBlock.join(c.getExpressions().stream().map(e -> onEnum
            ? CodeBlock.of("$L", enumConstantName(e))
            : printer.expression(new TreePath(casePath, e))).toList(), ", ");
        code.add("case $L:\n", labels);
      }
      code.indent()
          .addStatement("$N = $L", names.label(), dispatch.cases().get(i).number())
          .addStatement("continue $N", names.dispatch())
          .unindent();
    }
    code.endControlFlow();
    if (cases.stream().noneMatch(c -> c.getExpressions().isEmpty())) {
      code.add(jumpTo(dispatch.otherwise()));
    }
    return code.build();
  }

  private static String enumConstantName(com.sun.source.tree.ExpressionTree constant) {
    return constant instanceof com.sun.source.tree.MemberSelectTree select
        ? select.getIdentifier().toString()
        : ((IdentifierTree) constant).getName().toString();
  }

  /** {@code target = (T) (old op (value));}: Java's compound assignment, with the old value kept. */
  private CodeBlock compound(Op.Compound op) {
    CompoundAssignmentTree assignment = (CompoundAssignmentTree) op.assignment().getLeaf();
    TreePath target = new TreePath(op.assignment(), assignment.getVariable());
    TreePath value = new TreePath(op.assignment(), assignment.getExpression());
    return CodeBlock.of("$L = ($T) ($N $L ($L));\n", printer.expression(target),
        LocalTypeNames.of(op.old().type()), op.old().javaName(),
        Operators.ofCompound(assignment.getKind()), printer.expression(value));
  }

  private CodeBlock value(LocalVar target, TreePath value) {
    CodeBlock printed = printer.expression(value);
    if (value.getLeaf() instanceof NewArrayTree array && array.getType() == null) {
      // `int[] a = {1, 2}` is only legal in a declaration; as an assignment it needs `new int[]`.
      return CodeBlock.of("new $T $L", LocalTypeNames.of(target.type()), printed);
    }
    return printed;
  }

  private CodeBlock branch(Op.Branch branch) {
    CodeBlock condition = branch.rawCondition() != null
        ? branch.rawCondition()
        : printer.expression(withoutParentheses(branch.condition()));
    if (isNext(branch.ifTrue())) {
      return CodeBlock.builder().beginControlFlow("if (!($L))", condition)
          .add(jumpTo(branch.ifFalse())).endControlFlow().build();
    }
    if (isNext(branch.ifFalse())) {
      return CodeBlock.builder().beginControlFlow("if ($L)", condition)
          .add(jumpTo(branch.ifTrue())).endControlFlow().build();
    }
    return CodeBlock.builder()
        .addStatement("$N = ($L) ? $L : $L", names.label(), condition,
            branch.ifTrue().number(), branch.ifFalse().number())
        .addStatement("continue $N", names.dispatch())
        .build();
  }

  /** The condition of an if or loop without the parentheses its statement needs. */
  private static TreePath withoutParentheses(TreePath condition) {
    return condition.getLeaf() instanceof ParenthesizedTree parenthesized
        ? new TreePath(condition, parenthesized.getExpression())
        : condition;
  }

  private CodeBlock jumpTo(Label target) {
    if (isNext(target)) {
      return CodeBlock.of("");
    }
    return CodeBlock.builder()
        .addStatement("$N = $L", names.label(), target.number())
        .addStatement("continue $N", names.dispatch())
        .build();
  }

  private boolean isNext(Label label) {
    return next != null && next.label() == label;
  }

  private CodeBlock suspend(Point point) {
    CodeBlock.Builder code = CodeBlock.builder();
    code.add("// $L:$L  $L\n", model.sourceFile(), point.line(), point.source());
    code.beginControlFlow("if ($L)", waitCall(point));
    for (LocalVar local : model.hoisted()) {
      if (!local.hasField()) {
        continue;
      }
      if (point.live().contains(local)) {
        code.addStatement("this.$N = $N", local.javaName(), local.javaName());
      } else if (!local.type().getKind().isPrimitive()) {
        code.addStatement("this.$N = null", local.javaName());
      }
    }
    code.addStatement("$N = $L", names.label(), point.resume().number());
    code.addStatement("return SUSPENDED");
    return code.endControlFlow().build();
  }

  private CodeBlock waitCall(Point point) {
    TreePath callPath = point.call();
    MethodInvocationTree call = (MethodInvocationTree) callPath.getLeaf();
    if (point.kind() == SuspensionCalls.Kind.EVENT) {
      return CodeBlock.of("$N.awaitEvent($L)", names.step(), CodeBlock.join(
          call.getArguments().stream().map(a -> printer.expression(new TreePath(callPath, a)))
              .toList(), ", "));
    }
    if (point.kind() == SuspensionCalls.Kind.FIRST || point.kind() == SuspensionCalls.Kind.ALL) {
      return CodeBlock.of("$N.$L($L)", names.step(),
          point.kind() == SuspensionCalls.Kind.ALL ? "awaitAll" : "awaitFirst", CodeBlock.join(
          call.getArguments().stream().map(a -> printer.expression(new TreePath(callPath, a)))
              .toList(), ", "));
    }
    if (point.kind() == SuspensionCalls.Kind.TIMER) {
      boolean sleep = waitFactory(call).equals("sleep");
      return CodeBlock.of("$N.$L($L)", names.step(), sleep ? "awaitSleep" : "awaitUntil",
          printer.expression(new TreePath(callPath, call.getArguments().get(0))));
    }
    if (point.kind() == SuspensionCalls.Kind.STEP) {
      // Only the arguments are evaluated here; the engine calls the step (see invokeStep).
      List<CodeBlock> arguments = new ArrayList<>();
      arguments.add(CodeBlock.of("$L", point.resume().number()));
      call.getArguments().forEach(a -> arguments.add(printer.expression(new TreePath(callPath, a))));
      return CodeBlock.of("$N.awaitStep($L)", names.step(), CodeBlock.join(arguments, ", "));
    }
    if (point.kind() == SuspensionCalls.Kind.COMPENSATE) {
      // The engine runs the saga's compensations, each a durable step, before the frame goes on.
      MemberSelectTree select = (MemberSelectTree) call.getMethodSelect();
      return CodeBlock.of("$N.awaitCompensation($L)", names.step(), printer.expression(
          new TreePath(new TreePath(callPath, select), select.getExpression())));
    }
    if (point.kind() == SuspensionCalls.Kind.JOIN) {
      String method = RunMethodWriter.waitFactory(call);
      return CodeBlock.of("$N.$L($L)", names.step(), switch (method) {
        case "joinAll" -> "awaitJoinAll";
        case "joinAny" -> "awaitJoinAny";
        default -> "awaitJoin";
      }, printer.expression(new TreePath(callPath, call.getArguments().get(0))));
    }
    return CodeBlock.of("$N.call($L)", names.step(), typeArguments.bind(point,
        FrameConstruction.of(callPath, point.callee(), printer::expression, names.self())));
  }

  /**
   * {@code invokeStep}: for each durable step, its method called on the receiver as written,
   * with the stored arguments; what the engine runs for each attempt.
   */
  MethodSpec invokeSteps() {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (label)");
    for (Point point : model.points()) {
      if (point.kind() != SuspensionCalls.Kind.STEP) {
        continue;
      }
      MethodInvocationTree call = (MethodInvocationTree) point.call().getLeaf();
      List<CodeBlock> arguments = new ArrayList<>();
      for (int i = 0; i < point.step().parameterTypes().size(); i++) {
        arguments.add(CodeBlock.of("($T) arguments[$L]",
            LocalTypeNames.of(point.step().parameterTypes().get(i)), i));
      }
      CodeBlock invocation = CodeBlock.of("$L.$N($L)", receiver(point, call),
          point.callee().getSimpleName().toString(), CodeBlock.join(arguments, ", "));
      body.add("case $L:\n", point.resume().number()).indent()
          .add("// $L:$L  $L\n", model.sourceFile(), point.line(), point.source());
      if (point.step().resultType().getKind() == TypeKind.VOID) {
        body.addStatement("$L", invocation).addStatement("return null");
      } else {
        body.addStatement("return $L", invocation);
      }
      body.unindent();
    }
    body.add("default:\n").indent()
        .addStatement("return super.invokeStep(label, arguments)").unindent()
        .endControlFlow();
    return MethodSpec.methodBuilder("invokeStep").addAnnotation(Override.class)
        .addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "unchecked").build())
        .addModifiers(Modifier.PROTECTED).returns(Object.class)
        .addParameter(int.class, "label").addParameter(Object[].class, "arguments")
        .addException(Throwable.class).addCode(body.build()).build();
  }

  /**
   * {@code invokeCompensation}: for each compensation the method registers on a saga, its step's
   * method called on the receiver as written, with the stored arguments. It runs on a blank
   * frame, so the receiver is a field or a class, never a local (validation checks).
   */
  MethodSpec invokeCompensations() {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (id)");
    for (Undo undo : model.undos()) {
      MethodInvocationTree call = (MethodInvocationTree) undo.call().getLeaf();
      List<CodeBlock> arguments = new ArrayList<>();
      for (int i = 0; i < undo.spec().parameterTypes().size(); i++) {
        arguments.add(CodeBlock.of("($T) arguments[$L]",
            LocalTypeNames.of(undo.spec().parameterTypes().get(i)), i));
      }
      body.add("case $S:\n", undo.id()).indent()
          .add("// $L:$L  saga.onUndo(() -> $L)\n", model.sourceFile(), undo.line(), undo.source())
          .addStatement("$L.$N($L)", receiver(undo.step(), undo.call(), call),
              undo.step().getSimpleName().toString(), CodeBlock.join(arguments, ", "))
          .addStatement("return null").unindent();
    }
    body.add("default:\n").indent()
        .addStatement("return super.invokeCompensation(id, arguments)").unindent()
        .endControlFlow();
    return MethodSpec.methodBuilder("invokeCompensation").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).returns(Object.class)
        .addParameter(String.class, "id").addParameter(Object[].class, "arguments")
        .addException(Throwable.class).addCode(body.build()).build();
  }

  /** What a step is called on: the receiver as written (fields only), this one's, or its class. */
  private CodeBlock receiver(Point point, MethodInvocationTree call) {
    return receiver(point.callee(), point.call(), call);
  }

  private CodeBlock receiver(ExecutableElement callee, TreePath callPath,
      MethodInvocationTree call) {
    if (callee.getModifiers().contains(Modifier.STATIC)) {
      return CodeBlock.of("$T", com.palantir.javapoet.ClassName.get(
          (javax.lang.model.element.TypeElement) callee.getEnclosingElement()));
    }
    if (call.getMethodSelect() instanceof MemberSelectTree select) {
      return printer.expression(new TreePath(new TreePath(callPath, select),
          select.getExpression()));
    }
    return CodeBlock.of("$N", names.self());
  }

  private CodeBlock take(Op.TakeResult take) {
    Point point = take.point();
    CodeBlock result = point.kind() == SuspensionCalls.Kind.ALL
        ? CodeBlock.of("$N.allResults($L)", names.step(), payloadCodecs(point))
        : point.kind() == SuspensionCalls.Kind.JOIN
            ? CodeBlock.of("$N.joined()", names.step())
            : CodeBlock.of("$N.result()", names.step());
    if (take.returnIt()) {
      return CodeBlock.of("return $L;\n", result);
    }
    if (take.target() == null || point.resultType().getKind() == TypeKind.VOID) {
      return CodeBlock.of("$L;\n", result);
    }
    return CodeBlock.of("$N = ($T) $L;\n", take.target().javaName(),
        LocalTypeNames.of(point.resultType()), result);
  }

  /**
   * For each wait of an {@code Await.all}, the codec of its event's payload type, known here from
   * its class literal, or null for a timer: the engine keeps payloads encoded until all arrive.
   */
  private CodeBlock payloadCodecs(Point point) {
    MethodInvocationTree call = (MethodInvocationTree) point.call().getLeaf();
    return CodeBlock.join(call.getArguments().stream().map(argument -> {
      MethodInvocationTree wait = (MethodInvocationTree) argument;
      if (!waitFactory(wait).equals("event")) {
        return CodeBlock.of("null");
      }
      MemberSelectTree literal = (MemberSelectTree) wait.getArguments().get(1);
      TreePath literalPath = TreePath.getPath(point.call(), literal.getExpression());
      return CodeBlock.of("$T.of($T.class)", CodecExpressions.CODECS,
          TypeName.get(trees.getTypeMirror(literalPath)).box());
    }).toList(), ", ");
  }

  static String waitFactory(MethodInvocationTree wait) {
    return wait.getMethodSelect() instanceof MemberSelectTree select
        ? select.getIdentifier().toString()
        : ((IdentifierTree) wait.getMethodSelect()).getName().toString();
  }

  private static String defaultValue(LocalVar local) {
    switch (local.type().getKind()) {
      case BOOLEAN:
        return "false";
      case LONG:
        return "0L";
      case FLOAT:
        return "0.0f";
      case DOUBLE:
        return "0.0";
      case CHAR:
        return "'\\0'";
      case BYTE:
        return "(byte) 0";
      case SHORT:
        return "(short) 0";
      case INT:
        return "0";
      default:
        return "null";
    }
  }
}
