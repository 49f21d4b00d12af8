package dev.resumable.processor.transform;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.Exits;
import dev.resumable.processor.model.Label;
import dev.resumable.processor.model.LocalVar;
import dev.resumable.processor.model.MethodModel;
import dev.resumable.processor.model.Op;
import dev.resumable.processor.model.Uses;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Takes apart a try statement with suspension points in it. Its try block's states hand
 * exceptions to a dispatch state that picks the catch block; a finally block becomes states too,
 * entered with a pending completion (normal, throw, return or jump) that its end then finishes.
 */
final class TryExploder {

  private final Trees trees;
  private final Types types;
  private final TypeMirror throwable;
  private final StateMachineBuilder builder;
  private final MethodModel.InternalNames names;

  TryExploder(Trees trees, Types types, Elements elements, StateMachineBuilder builder,
      MethodModel.InternalNames names) {
    this.trees = trees;
    this.types = types;
    this.throwable = elements.getTypeElement("java.lang.Throwable").asType();
    this.builder = builder;
    this.names = names;
  }

  void explode(TreePath path, TryTree t) {
    Label end = new Label();
    Label outerHandler = builder.handler();
    FinallyRegion region = t.getFinallyBlock() == null ? null : newRegion(path);
    Label throwToFinally = region == null ? null : new Label();
    Label dispatch = t.getCatches().isEmpty() ? throwToFinally : new Label();
    Label afterwards = region == null ? outerHandler : throwToFinally;

    if (region != null) {
      builder.enterFinallyRegion(region);
    }
    builder.withHandler(dispatch, () -> {
      builder.placeAt(new Label(), new TreePath(path, t.getBlock()));
      builder.explodeStatement(new TreePath(path, t.getBlock()));
    });
    // Whether the try or a catch block completes normally, so that the finally block goes on.
    boolean normally = completeNormally(region, end);

    if (!t.getCatches().isEmpty()) {
      List<Label> bodies = new ArrayList<>();
      t.getCatches().forEach(c -> bodies.add(new Label()));
      builder.withHandler(outerHandler, () -> {
        builder.placeAt(dispatch, path);
        dispatchCaught(path, t, bodies, region);
      });
      for (int i = 0; i < t.getCatches().size(); i++) {
        TreePath catchPath = new TreePath(path, t.getCatches().get(i));
        Label body = bodies.get(i);
        builder.withHandler(afterwards, () -> {
          builder.placeAt(body, catchPath);
          builder.explodeStatement(new TreePath(catchPath,
              ((CatchTree) catchPath.getLeaf()).getBlock()));
        });
        normally |= completeNormally(region, end);
      }
    }

    boolean finallyGoesOn = normally;
    if (region != null) {
      builder.leaveFinallyRegion();
      Exits exits = region.exits;
      builder.withHandler(outerHandler, () -> {
        builder.placeAt(throwToFinally, path);
        builder.emit(new Op.Raw(CodeBlock.builder()
            .addStatement("$N = $N", exits.thrown().javaName(), caught().javaName())
            .add(exits.setKind(Exits.THROW))
            .build(), Uses.of(caught()), Set.of(exits.thrown(), exits.kind())));
        builder.jumpTo(exits.finallyLabel());
        TreePath finallyPath = new TreePath(path, t.getFinallyBlock());
        builder.placeAt(exits.finallyLabel(), finallyPath);
        builder.explodeStatement(finallyPath);
        if (builder.isOpen()) {
          finishPending(region, end, finallyGoesOn);
        }
      });
    }
    builder.placeAt(end, path);
  }

  private FinallyRegion newRegion(TreePath path) {
    TypeMirror returnType = builder.returnType();
    Exits exits = new Exits((TryTree) path.getLeaf(),
        builder.temporary("exitKind", types.getPrimitiveType(TypeKind.INT), path),
        returnType.getKind() == TypeKind.VOID ? null
            : builder.temporary("exitValue", returnType, path),
        builder.temporary("exitThrown", throwable, path),
        builder.temporary("exitTarget", types.getPrimitiveType(TypeKind.INT), path),
        new Label());
    return new FinallyRegion(path, exits, builder.finallyRegion());
  }

  /** The end of a try or catch block: straight on, or through the finally block. */
  private boolean completeNormally(FinallyRegion region, Label end) {
    if (!builder.isOpen()) {
      return false;
    }
    if (region == null) {
      builder.jumpTo(end);
      return true;
    }
    builder.emit(new Op.Raw(region.exits.setKind(Exits.NORMAL), Uses.NONE,
        Set.of(region.exits.kind())));
    builder.jumpTo(region.exits.finallyLabel());
    return true;
  }

  /** Picks the first catch block whose types match the caught exception, as Java does. */
  private void dispatchCaught(TreePath path, TryTree t, List<Label> bodies, FinallyRegion region) {
    CodeBlock.Builder code = CodeBlock.builder();
    Set<LocalVar> defs = new LinkedHashSet<>();
    Set<Label> jumps = new LinkedHashSet<>(bodies);
    for (int i = 0; i < t.getCatches().size(); i++) {
      CatchTree clause = t.getCatches().get(i);
      TreePath parameterPath = new TreePath(new TreePath(path, clause), clause.getParameter());
      List<TypeMirror> alternatives = alternatives(parameterPath);
      LocalVar parameter = builder.hoistCatchParameter(parameterPath,
          commonSuperclass(alternatives));
      defs.add(parameter);
      CodeBlock test = CodeBlock.join(alternatives.stream().map(a -> CodeBlock.of(
          "$N instanceof $T", caught().javaName(), TypeName.get(types.erasure(a)))).toList(),
          " || ");
      code.beginControlFlow("if ($L)", test)
          .addStatement("$N = ($T) $N", parameter.javaName(), TypeName.get(parameter.type()),
              caught().javaName())
          .addStatement("$N = $L", names.label(), bodies.get(i))
          .addStatement("continue $N", names.dispatch())
          .endControlFlow();
    }
    if (region == null) {
      code.addStatement("throw $N", caught().javaName());
    } else {
      Exits exits = region.exits;
      code.addStatement("$N = $N", exits.thrown().javaName(), caught().javaName())
          .add(exits.setKind(Exits.THROW))
          .addStatement("$N = $L", names.label(), exits.finallyLabel())
          .addStatement("continue $N", names.dispatch());
      defs.add(exits.thrown());
      defs.add(exits.kind());
      jumps.add(exits.finallyLabel());
    }
    builder.emit(new Op.Raw(code.build(), Uses.of(caught()), defs, jumps, false));
  }

  private List<TypeMirror> alternatives(TreePath parameterPath) {
    Tree type = ((com.sun.source.tree.VariableTree) parameterPath.getLeaf()).getType();
    List<TypeMirror> alternatives = new ArrayList<>();
    if (type instanceof UnionTypeTree union) {
      TreePath unionPath = new TreePath(parameterPath, union);
      union.getTypeAlternatives().forEach(a ->
          alternatives.add(trees.getTypeMirror(new TreePath(unionPath, a))));
    } else {
      alternatives.add(trees.getTypeMirror(new TreePath(parameterPath, type)));
    }
    return alternatives;
  }

  /** The type a multi-catch parameter is declared with once hoisted: the alternatives' superclass. */
  private TypeMirror commonSuperclass(List<TypeMirror> alternatives) {
    TypeMirror candidate = alternatives.get(0);
    while (!allAssignable(alternatives, candidate)) {
      candidate = types.directSupertypes(candidate).get(0);
    }
    return candidate;
  }

  private boolean allAssignable(List<TypeMirror> alternatives, TypeMirror to) {
    return alternatives.stream().allMatch(a -> types.isAssignable(a, to));
  }

  /**
   * The end of a finally block: rethrow, return or jump as the try or catch block was doing, or
   * go on after the try statement. Returns and jumps that leave an enclosing try with a finally
   * block go through that block next.
   */
  private void finishPending(FinallyRegion region, Label end, boolean normally) {
    Exits exits = region.exits;
    CodeBlock.Builder code = CodeBlock.builder();
    Set<LocalVar> uses = new LinkedHashSet<>(List.of(exits.kind(), exits.thrown()));
    Set<Label> jumps = new LinkedHashSet<>();
    code.beginControlFlow("if ($N == $L)", exits.kind().javaName(), Exits.THROW)
        .addStatement("throw $N", exits.thrown().javaName())
        .endControlFlow();
    if (region.returns) {
      code.beginControlFlow("if ($N == $L)", exits.kind().javaName(), Exits.RETURN);
      FinallyRegion outer = region.outer;
      CodeBlock value = exits.value() == null ? null : CodeBlock.of("$N", exits.value().javaName());
      if (exits.value() != null) {
        uses.add(exits.value());
      }
      code.add(builder.routeReturn(outer, value, jumps));
      code.endControlFlow();
    }
    for (Map.Entry<Label, StatementTree> jump : region.jumps.entrySet()) {
      uses.add(exits.target());
      code.beginControlFlow("if ($N == $L && $N == $L)", exits.kind().javaName(), Exits.JUMP,
          exits.target().javaName(), jump.getKey());
      code.add(builder.routeJump(region.outer, jump.getKey(), jump.getValue(), jumps));
      code.endControlFlow();
    }
    if (normally) {
      builder.emit(new Op.Raw(code.build(), new Uses(uses, Set.of()), Set.of(), jumps, true));
      builder.jumpTo(end);
    } else {
      // javac knows no block completes normally, so the states after the try are unreachable.
      code.addStatement("throw new $T($S)", AssertionError.class, "no pending completion");
      builder.emit(new Op.Raw(code.build(), new Uses(uses, Set.of()), Set.of(), jumps, false));
    }
  }

  private LocalVar caught() {
    return builder.caught();
  }
}
