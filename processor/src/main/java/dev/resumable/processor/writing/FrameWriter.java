package dev.resumable.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.ElementPosition;
import dev.resumable.processor.model.FrameShape;
import dev.resumable.processor.model.LocalVar;
import dev.resumable.processor.model.MethodModel;
import dev.resumable.processor.model.Point;
import dev.resumable.processor.transform.FrameNames;
import dev.resumable.processor.transform.SuspensionCalls;
import dev.resumable.processor.types.TypeVariables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Types;

/**
 * Writes the state machine class of one method: its description ({@code TYPE}), fields for the
 * receiver, the label and the stored locals, constructors, {@code run}, {@code save} and
 * {@code restore}.
 */
public final class FrameWriter {

  private final Trees trees;
  private final Types types;

  public FrameWriter(Trees trees, Types types) {
    this.trees = trees;
    this.types = types;
  }

  /**
   * Writes the class twice: the first text says on which generated line each source line's code
   * stands, and the second carries that table in a nested class, which JavaPoet writes last, so
   * that it cannot move the lines it describes.
   */
  public JavaFile write(MethodModel model) {
    JavaFile draft = write(model, "");
    return write(model, SourceLines.table(draft.toString(), model.sourceFile()));
  }

  private JavaFile write(MethodModel model, String lineTable) {
    MethodModel.InternalNames names = model.names();
    NameAllocator constants = new NameAllocator();
    model.hoisted().forEach(l -> constants.newName(l.javaName(), "field:" + l.javaName()));
    String typeConstant = constants.newName("TYPE");
    assert typeConstant.equals("TYPE") : "locals never take the name TYPE";
    Map<LocalVar, String> codecs = codecConstants(model, constants);
    TypeArgumentCode typeArguments = new TypeArgumentCode(model.points(), constants);
    ClassName owner = ClassName.get(model.owner());

    TypeSpec.Builder frame = TypeSpec.classBuilder(model.frameClass())
        .addJavadoc("State machine of {@link $T#$L}, generated from $L.\n", owner,
            model.method().getSimpleName(), model.sourceFile())
        .addJavadoc("<p>Each case of {@code run} is the stretch of the method from one suspension"
            + " point to the next.\n")
        .addAnnotation(AnnotationSpec.builder(RuntimeNames.GENERATED)
            .addMember("value", "$S", RuntimeNames.PROCESSOR).build())
        .addAnnotation(stateMachine(model, codecs))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addTypeVariables(model.method().getTypeParameters().stream()
            .map(com.palantir.javapoet.TypeVariableName::get).toList())
        .superclass(RuntimeNames.FRAME)
        .addOriginatingElement(model.method());
    frame.addField(FieldSpec.builder(RuntimeNames.FRAME_TYPE, typeConstant, Modifier.PUBLIC,
        Modifier.STATIC, Modifier.FINAL).initializer(typeDescription(model)).build());
    codecs.forEach((local, name) -> {
      if (!TypeVariables.mentionedIn(local.type())) {
        frame.addField(FieldSpec.builder(CodecExpressions.codecType(local.type()), name,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(CodecExpressions.of(local.type())).build());
      }
    });
    typeArguments.constants().forEach((name, value) -> frame.addField(FieldSpec.builder(
        TypeArgumentCode.TYPE_ARGUMENTS, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(value).build()));
    if (!model.isStatic()) {
      frame.addField(owner, names.self(), Modifier.PRIVATE, Modifier.FINAL);
    }
    frame.addField(TypeName.INT, names.label(), Modifier.PRIVATE);
    for (LocalVar local : model.hoisted()) {
      if (local.hasField()) {
        frame.addField(TypeName.get(local.type()), local.javaName(), Modifier.PRIVATE);
      }
    }
    addConstructors(frame, model, owner);
    frame.addMethod(MethodSpec.methodBuilder("type").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).returns(RuntimeNames.FRAME_TYPE)
        .addStatement("return $N", typeConstant).build());
    frame.addMethod(MethodSpec.methodBuilder("label").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).returns(TypeName.INT)
        .addStatement("return $N", names.label()).build());
    RunMethodWriter run = new RunMethodWriter(trees, model, typeArguments);
    frame.addMethod(run.write());
    if (model.points().stream().anyMatch(p -> p.kind() == SuspensionCalls.Kind.STEP)) {
      frame.addMethod(run.invokeSteps());
    }
    if (!model.undos().isEmpty()) {
      frame.addMethod(run.invokeCompensations());
    }
    frame.addMethod(save(model, codecs));
    frame.addMethod(restore(model, codecs));
    if (model.points().stream().anyMatch(p -> !p.typeArguments().isEmpty())) {
      frame.addMethod(calleeTypeArguments(model, typeArguments));
    }
    frame.addMethod(locals(model, codecs));
    frame.addType(TypeSpec.classBuilder("SourceLines")
        .addJavadoc("Which line of $L each line of this class's code comes from.\n",
            model.sourceFile())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(String.class, "TABLE", Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", lineTable).build())
        .build());
    return JavaFile.builder(model.frameClass().packageName(), frame.build())
        .skipJavaLangImports(true)
        .build();
  }

  /** What this class was compiled from, for the javac plugin to check. */
  private AnnotationSpec stateMachine(MethodModel model, Map<LocalVar, String> stored) {
    List<Point> points = model.points();
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(RuntimeNames.STATE_MACHINE)
        .addMember("method", "$S", model.methodKey());
    points.forEach(p -> annotation.addMember("points", "$S", p.id()));
    stored.keySet().forEach(l -> annotation.addMember("stored", "$S",
        l.storedName() + ":" + l.type()));
    if (points.isEmpty()) {
      annotation.addMember("points", "{}");
    }
    if (stored.isEmpty()) {
      annotation.addMember("stored", "{}");
    }
    return annotation.build();
  }

  /** One codec constant per local that some point stores. */
  private static Map<LocalVar, String> codecConstants(MethodModel model, NameAllocator names) {
    Map<LocalVar, String> codecs = new LinkedHashMap<>();
    for (Point point : model.points()) {
      for (LocalVar local : point.stored()) {
        codecs.computeIfAbsent(local, l -> names.newName(constantName(l.javaName())));
      }
    }
    return codecs;
  }

  private static String constantName(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT)
        + "_CODEC";
  }

  private CodeBlock typeDescription(MethodModel model) {
    CodeBlock.Builder type = CodeBlock.builder()
        .add("$T.of($S, $S)\n", RuntimeNames.FRAME_TYPE, model.methodKey(), model.fingerprint())
        .indent().indent()
        .add(".source($S, $S, $S)\n", model.owner().getQualifiedName(),
            model.method().getSimpleName(), model.sourceFile())
        .add(".lines($T.class, SourceLines.TABLE)\n", model.frameClass());
    if (model.returnType().getKind() != TypeKind.VOID
        && !TypeVariables.mentionedIn(model.returnType())) {
      type.add(".result($L)\n", CodecExpressions.of(model.returnType()));
    }
    List<TypeName> caught = caughtTypes(model);
    if (!caught.isEmpty()) {
      type.add(".knownExceptions($L)\n", CodeBlock.join(caught.stream()
          .map(t -> CodeBlock.of("$T.class", t)).toList(), ", "));
    }
    String diamond = model.method().getTypeParameters().isEmpty() ? "" : "<>";
    if (model.isStatic()) {
      type.add(".restoredBy(receivers -> new $T$L())\n", model.frameClass(), diamond);
    } else {
      type.add(".restoredBy(receivers -> new $T$L(receivers.get($T.class)))\n",
          model.frameClass(), diamond, ClassName.get(model.owner()));
    }
    CodeBlock entryStart = entryStart(model, diamond);
    if (entryStart != null) {
      type.add(".startedBy($L)\n", entryStart);
    }
    if (model.eventNames() != null) {
      // What the engine refuses events by: names that no wait of an instance can take.
      type.add(".awaits($L)\n", CodeBlock.join(model.eventNames().stream()
          .map(n -> CodeBlock.of("$S", n)).toList(), ", "));
    }
    if (model.exposures().stream().allMatch(e -> e.name() != null)) {
      // What the engine refuses queries by: names this method never exposes.
      type.add(".exposes($L)\n", CodeBlock.join(model.exposures().stream()
          .map(e -> e.name()).distinct().map(n -> CodeBlock.of("$S", n)).toList(), ", "));
    }
    Map<String, String> localTypes = FrameShape.of(model).localTypes();
    // What a later build judges a stored frame by: each stored local's declared type, as text.
    type.add(".types($L)\n", CodeBlock.join(localTypes.entrySet().stream()
        .map(e -> CodeBlock.of("$S", e.getKey() + ":" + e.getValue())).toList(), ", "));
    for (Point point : model.points()) {
      CodeBlock live = CodeBlock.join(point.liveNames().stream()
          .map(n -> CodeBlock.of(", $S", n)).toList(), "");
      if (point.kind() == SuspensionCalls.Kind.EVENT) {
        // A name computed at run time is matched by the wait itself; the table only shows it.
        String name = point.eventName() != null ? point.eventName() : "(computed)";
        type.add(".event($S, $L, $L, $S, $T.class$L)\n", point.id(), point.resume().number(),
            point.line(), name, TypeName.get(point.resultType()), live);
      } else if (point.kind() == SuspensionCalls.Kind.FIRST
          || point.kind() == SuspensionCalls.Kind.ALL) {
        type.add(".$L($S, $L, $L$L)\n",
            point.kind() == SuspensionCalls.Kind.ALL ? "all" : "first", point.id(),
            point.resume().number(), point.line(), live);
      } else if (point.kind() == SuspensionCalls.Kind.JOIN) {
        type.add(".join($S, $L, $L$L)\n", point.id(), point.resume().number(), point.line(),
            live);
      } else if (point.kind() == SuspensionCalls.Kind.TIMER) {
        type.add(".timer($S, $L, $L$L)\n", point.id(), point.resume().number(), point.line(),
            live);
      } else if (point.kind() == SuspensionCalls.Kind.COMPENSATE) {
        type.add(".compensate($S, $L, $L$L)\n", point.id(), point.resume().number(),
            point.line(), live);
      } else if (point.kind() == SuspensionCalls.Kind.STEP) {
        type.add(".step($S, $L, $L, $L$L)\n", point.id(), point.resume().number(), point.line(),
            StepCallCode.of(point), live);
      } else {
        type.add(".call($S, $L, $L, $S$L)\n", point.id(), point.resume().number(), point.line(),
            FrameNames.methodKey(point.callee(), types), live);
      }
    }
    for (dev.resumable.processor.model.Undo undo : model.undos()) {
      type.add(".compensation($S, $L)\n", undo.id(), StepCallCode.of(undo.source(), undo.spec()));
    }
    return type.add(".build()").unindent().unindent().build();
  }

  /**
   * How a start for later stores the arguments and builds the entry frame from them again; null
   * for a method whose parameters name type variables, which only a call site can bind.
   */
  private static CodeBlock entryStart(MethodModel model, String diamond) {
    if (!model.method().getTypeParameters().isEmpty() || model.parameters().stream()
        .anyMatch(p -> TypeVariables.mentionedIn(p.type()))) {
      return null;
    }
    CodeBlock.Builder arguments = CodeBlock.builder();
    if (!model.isStatic()) {
      arguments.add("receivers.get($T.class)", ClassName.get(model.owner()));
    }
    CodeBlock.Builder codecs = CodeBlock.builder();
    for (int i = 0; i < model.parameters().size(); i++) {
      arguments.add(arguments.isEmpty() ? "" : ", ")
          .add("$T.argument(arguments, $L)", RuntimeNames.ENTRY_START, i);
      codecs.add(", $L", CodecExpressions.of(model.parameters().get(i).type()));
    }
    return CodeBlock.of("$T.of((receivers, arguments) -> new $T$L($L)$L)",
        RuntimeNames.ENTRY_START, model.frameClass(), diamond, arguments.build(), codecs.build());
  }

  /** The classes the method's catch clauses name, multi-catch alternatives included. */
  private List<TypeName> caughtTypes(MethodModel model) {
    java.util.Set<TypeName> caught = new java.util.LinkedHashSet<>();
    new com.sun.source.util.TreePathScanner<Void, Void>() {
      @Override
      public Void visitCatch(com.sun.source.tree.CatchTree node, Void unused) {
        com.sun.source.tree.Tree type = node.getParameter().getType();
        com.sun.source.util.TreePath parameter = new com.sun.source.util.TreePath(
            new com.sun.source.util.TreePath(getCurrentPath(), node.getParameter()), type);
        if (type instanceof com.sun.source.tree.UnionTypeTree union) {
          union.getTypeAlternatives().forEach(a -> caught.add(TypeName.get(types.erasure(
              trees.getTypeMirror(new com.sun.source.util.TreePath(parameter, a))))));
        } else {
          caught.add(TypeName.get(types.erasure(trees.getTypeMirror(parameter))));
        }
        return super.visitCatch(node, unused);
      }
    }.scan(model.methodPath(), null);
    return new ArrayList<>(caught);
  }

  private static void addConstructors(TypeSpec.Builder frame, MethodModel model, ClassName owner) {
    MethodSpec.Builder entry = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
    MethodSpec.Builder blank = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    if (!model.isStatic()) {
      for (MethodSpec.Builder c : new MethodSpec.Builder[] {entry, blank}) {
        c.addParameter(owner, model.names().self())
            .addStatement("this.$N = $N", model.names().self(), model.names().self());
      }
    }
    for (LocalVar parameter : model.parameters()) {
      entry.addParameter(TypeName.get(parameter.type()), parameter.javaName())
          .addStatement("this.$N = $N", parameter.javaName(), parameter.javaName());
    }
    // A call of a varargs method passes its arguments to this constructor as they are written.
    entry.varargs(model.method().isVarArgs());
    entry.addJavadoc("A frame at the entry of the method, with its arguments.\n");
    frame.addMethod(entry.build());
    if (!model.parameters().isEmpty()) {
      frame.addMethod(blank.addJavadoc("A frame to restore a stored one into.\n").build());
    }
  }

  private MethodSpec save(MethodModel model, Map<LocalVar, String> codecs) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch ($N)",
        model.names().label());
    for (Point point : model.points()) {
      if (point.stored().isEmpty()) {
        continue;
      }
      body.add("case $L:\n", point.resume().number()).indent();
      for (LocalVar local : point.stored()) {
        String temporary = local.element() == null ? TemporaryText.describe(trees, local) : null;
        if (temporary != null) {
          body.addStatement("out.putTemporary($S, this.$N, $L, $S)", local.storedName(),
              local.javaName(), codec(local, codecs), temporary);
        } else {
          body.addStatement("out.put($S, this.$N, $L)", local.storedName(), local.javaName(),
              codec(local, codecs));
        }
      }
      body.addStatement("break").unindent();
    }
    body.add("default:\n").indent().addStatement("break").unindent().endControlFlow();
    return MethodSpec.methodBuilder("save").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(RuntimeNames.LOCALS_WRITER, "out")
        .addCode(body.build())
        .build();
  }

  /** The stored locals by name, for inspection: what {@code save} would write. */
  private static MethodSpec locals(MethodModel model, Map<LocalVar, String> codecs) {
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T<$T, $T> locals = new $T<>()", Map.class, String.class, Object.class,
            LinkedHashMap.class)
        .beginControlFlow("switch ($N)", model.names().label());
    for (Point point : model.points()) {
      if (point.live().isEmpty()) {
        continue;
      }
      body.add("case $L:\n", point.resume().number()).indent();
      for (LocalVar local : point.live()) {
        body.addStatement("locals.put($S, this.$N)", local.storedName(), local.javaName());
      }
      body.addStatement("break").unindent();
    }
    body.add("default:\n").indent().addStatement("break").unindent().endControlFlow();
    return MethodSpec.methodBuilder("locals").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(ParameterizedTypeName.get(Map.class, String.class, Object.class))
        .addCode(body.build())
        .addStatement("return locals")
        .build();
  }

  private static MethodSpec restore(MethodModel model, Map<LocalVar, String> codecs) {
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("this.$N = label", model.names().label())
        .beginControlFlow("switch (label)");
    for (Point point : model.points()) {
      if (point.live().isEmpty()) {
        continue;
      }
      body.add("case $L:\n", point.resume().number()).indent();
      for (LocalVar local : point.stored()) {
        body.addStatement("this.$N = in.get($S, $L)", local.javaName(), local.storedName(),
            codec(local, codecs));
      }
      for (LocalVar local : point.derived()) {
        body.addStatement("this.$N = $L", local.javaName(), derivation(local.derivation()));
      }
      body.addStatement("break").unindent();
    }
    body.add("default:\n").indent().addStatement("break").unindent().endControlFlow();
    return MethodSpec.methodBuilder("restore").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(TypeName.INT, "label")
        .addParameter(RuntimeNames.LOCALS_READER, "in")
        .addCode(body.build())
        .build();
  }

  /** A local's codec: its constant, or, typed by the method's type variables, as bound here. */
  private static CodeBlock codec(LocalVar local, Map<LocalVar, String> codecs) {
    return TypeVariables.mentionedIn(local.type())
        ? TypeArgumentCode.codec(local.type())
        : CodeBlock.of("$N", codecs.get(local));
  }

  /** What this frame states, at each call it may stop in, for a generic callee's restore. */
  private static MethodSpec calleeTypeArguments(MethodModel model, TypeArgumentCode arguments) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch ($N)",
        model.names().label());
    for (Point point : model.points()) {
      if (!point.typeArguments().isEmpty()) {
        body.add("case $L:\n", point.resume().number()).indent()
            .addStatement("return $L", arguments.stated(point)).unindent();
      }
    }
    body.add("default:\n").indent()
        .addStatement("return $T.NONE", TypeArgumentCode.TYPE_ARGUMENTS).unindent()
        .endControlFlow();
    return MethodSpec.methodBuilder("calleeTypeArguments").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).returns(TypeArgumentCode.TYPE_ARGUMENTS)
        .addCode(body.build())
        .build();
  }

  /** The element a for-each loop stood at, taken again from its restored collection. */
  private static CodeBlock derivation(ElementPosition position) {
    CodeBlock items = position.view() == null
        ? CodeBlock.of("this.$N", position.items().javaName())
        : CodeBlock.of("this.$N.$N()", position.items().javaName(), position.view());
    return CodeBlock.of("$T.at($L, this.$N)", RuntimeNames.FOR_EACH, items,
        position.index().javaName());
  }
}
