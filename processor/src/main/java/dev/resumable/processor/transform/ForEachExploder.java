package dev.resumable.processor.transform;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.ElementPosition;
import dev.resumable.processor.model.Label;
import dev.resumable.processor.model.LocalVar;
import dev.resumable.processor.model.MethodModel.JumpLabels;
import dev.resumable.processor.model.Op;
import dev.resumable.processor.model.Temps;
import dev.resumable.processor.model.Uses;
import java.util.Set;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Takes apart a for-each loop whose body waits, so that its position can be stored. */
final class ForEachExploder {

  private static final ClassName FOR_EACH = ClassName.get("dev.resumable.machine", "ForEach");

  private final Trees trees;
  private final Types types;
  private final Elements elements;
  private final StateMachineBuilder builder;

  ForEachExploder(Trees trees, Types types, Elements elements, StateMachineBuilder builder) {
    this.trees = trees;
    this.types = types;
    this.elements = elements;
    this.builder = builder;
  }

  /**
   * A for-each loop becomes a loop over an index, so that its position can be stored: the
   * iterated array or list and the index are hoisted temporaries. Other collections are walked
   * with an iterator that is never stored (see {@link #explodeOverCollection}).
   */
  void explode(TreePath path, EnhancedForLoopTree t) {
    TreePath source = new TreePath(path, t.getExpression());
    IteratedSource iterated = IteratedSource.of(trees, types, elements, source);
    if (iterated.kind() == IteratedSource.Kind.COLLECTION) {
      explodeOverCollection(path, t, iterated);
      return;
    }
    TypeMirror sourceType = trees.getTypeMirror(source);
    boolean array = iterated.kind() == IteratedSource.Kind.ARRAY;
    TreePath variablePath = new TreePath(path, t.getVariable());
    LocalVar element = builder.hoistLocal(variablePath);
    LocalVar items = builder.temporary(element.javaName() + "Items", sourceType, variablePath);
    LocalVar index = builder.temporary(element.javaName() + "Index",
        types.getPrimitiveType(TypeKind.INT), variablePath);
    builder.evaluateExpression(source);
    builder.assign(items, source);
    builder.emit(new Op.Raw(CodeBlock.of("$N = 0;\n", index.javaName()), Uses.NONE, Set.of(index)));
    Label test = new Label();
    Label body = new Label();
    Label update = new Label();
    Label end = new Label();
    builder.registerJumpTarget(t, new JumpLabels(end, update));
    builder.placeAt(test, path);
    CodeBlock condition = array
        ? CodeBlock.of("$N < $N.length", index.javaName(), items.javaName())
        : CodeBlock.of("$N < $N.size()", index.javaName(), items.javaName());
    builder.emit(new Op.Branch(null, condition, Temps.NONE, Uses.of(index, items), body, end));
    builder.placeAt(body, new TreePath(path, t.getStatement()));
    CodeBlock next = array
        ? CodeBlock.of("$N = $N[$N];\n", element.javaName(), items.javaName(), index.javaName())
        : CodeBlock.of("$N = $N.get($N);\n", element.javaName(), items.javaName(),
            index.javaName());
    builder.emit(new Op.Raw(next, Uses.of(index, items), Set.of(element)));
    builder.explodeStatement(new TreePath(path, t.getStatement()));
    builder.placeAt(update, path);
    builder.emit(new Op.Raw(CodeBlock.of("$N++;\n", index.javaName()), Uses.of(index), Set.of(index)));
    builder.jumpTo(test);
    builder.placeAt(end, path);
  }

  /**
   * A for-each loop over a collection that is not a list (a set, a map's entries...): the
   * collection (or the map of a view) and the number of elements taken are stored; the iterator
   * is a local of {@code run} only, created again, at the same place, when a resumed frame
   * reaches the loop. The loop variable, unless the body assigns it, is not stored but taken
   * again from the restored collection, so it is that collection's own element.
   */
  private void explodeOverCollection(TreePath path, EnhancedForLoopTree t,
      IteratedSource iterated) {
    TreePath variablePath = new TreePath(path, t.getVariable());
    VariableElement variable = (VariableElement) trees.getElement(variablePath);
    String name = builder.nameOf(variable);
    LocalVar items = builder.temporary(name + "Items", iterated.storedType(), variablePath);
    LocalVar index = builder.temporary(name + "Index", types.getPrimitiveType(TypeKind.INT),
        variablePath);
    LocalVar iterator = builder.temporary(name + "Iterator", iteratorType(variable.asType()),
        variablePath);
    TreePath body = new TreePath(path, t.getStatement());
    LocalVar element = Assignments.assigns(trees, body, variable)
        ? builder.hoistLocal(variablePath)
        : builder.hoistDerived(variable, variablePath,
            new ElementPosition(items, iterated.view(), index));
    builder.evaluateExpression(iterated.stored());
    builder.assign(items, iterated.stored());
    CodeBlock walked = iterated.view() == null ? CodeBlock.of("$N", items.javaName())
        : CodeBlock.of("$N.$N()", items.javaName(), iterated.view());
    // The iterator is never read by what liveness sees, so it is never stored.
    builder.emit(new Op.Raw(CodeBlock.of("$N = 0;\n$N = null;\n", index.javaName(),
        iterator.javaName()), Uses.NONE, Set.of(index)));
    Label test = new Label();
    Label bodyLabel = new Label();
    Label update = new Label();
    Label end = new Label();
    builder.registerJumpTarget(t, new JumpLabels(end, update));
    builder.placeAt(test, path);
    builder.emit(new Op.Branch(null, CodeBlock.of("$N < $L.size()", index.javaName(), walked),
        Temps.NONE, Uses.of(index, items), bodyLabel, end));
    builder.placeAt(bodyLabel, body);
    CodeBlock next = CodeBlock.builder()
        .beginControlFlow("if ($N == null)", iterator.javaName())
        .addStatement("$N = $T.from($L, $N)", iterator.javaName(), FOR_EACH, walked,
            index.javaName())
        .endControlFlow()
        .addStatement("$N = $N.next()", element.javaName(), iterator.javaName())
        .build();
    builder.emit(new Op.Raw(next, Uses.of(index, items), Set.of(element)));
    builder.explodeStatement(body);
    builder.placeAt(update, path);
    builder.emit(new Op.Raw(CodeBlock.of("$N++;\n", index.javaName()), Uses.of(index), Set.of(index)));
    builder.jumpTo(test);
    builder.placeAt(end, path);
  }

  /** {@code Iterator<? extends T>} for a loop variable of type {@code T}, boxed if primitive. */
  private TypeMirror iteratorType(TypeMirror variableType) {
    TypeMirror bound = variableType.getKind().isPrimitive()
        ? types.boxedClass((javax.lang.model.type.PrimitiveType) variableType).asType()
        : variableType;
    return types.getDeclaredType(elements.getTypeElement("java.util.Iterator"),
        types.getWildcardType(bound, null));
  }
}
