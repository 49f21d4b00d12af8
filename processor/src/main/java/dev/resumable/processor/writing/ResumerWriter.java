package dev.resumable.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.resumable.processor.model.Exposure;
import dev.resumable.processor.model.LocalVar;
import dev.resumable.processor.model.MethodModel;
import dev.resumable.processor.model.QueryMethod;
import dev.resumable.processor.model.ResumerModel;
import dev.resumable.processor.model.StartMethod;
import dev.resumable.processor.types.TypeVariables;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * Writes a package's {@code Resumer}: a typed start method per {@code @Resumable} method, the
 * untyped resume and status calls, and the catalog through which an engine in a fresh JVM finds
 * the package's state machines.
 */
public final class ResumerWriter {

  public JavaFile write(ResumerModel model) {
    ClassName resumer = ClassName.get(model.packageName(), "Resumer");
    TypeName anyOutcome = ParameterizedTypeName.get(RuntimeNames.OUTCOME,
        WildcardTypeName.subtypeOf(Object.class));
    TypeSpec.Builder type = TypeSpec.classBuilder(resumer)
        .addJavadoc("Starts and resumes the {@code @Resumable} methods of package {@code $L}.\n",
            resumer.packageName())
        .addJavadoc("<p>Every call commits durably before it returns.\n")
        .addAnnotation(AnnotationSpec.builder(RuntimeNames.GENERATED)
            .addMember("value", "$S", RuntimeNames.PROCESSOR).build())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addField(RuntimeNames.ENGINE, "engine", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
            .addParameter(RuntimeNames.ENGINE, "engine")
            .addStatement("this.engine = $T.notNull(engine, $S)", RuntimeNames.ARGUMENTS, "engine")
            .addStatement("engine.register(new Catalog())")
            .build())
        .addMethod(MethodSpec.methodBuilder("on")
            .addJavadoc("A Resumer that starts and resumes instances on {@code engine}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(resumer)
            .addParameter(RuntimeNames.ENGINE, "engine")
            .addStatement("return new $T(engine)", resumer)
            .build());
    for (StartMethod start : model.starts()) {
      type.addMethod(start(start));
      type.addMethod(signalWithStart(start));
      if (startsLater(start.method())) {
        type.addMethod(startAt(start));
        type.addMethod(schedule(start));
      }
    }
    for (MethodModel method : model.frames()) {
      type.addOriginatingElement(method.method());
    }
    type.addMethod(MethodSpec.methodBuilder("resume")
        .addJavadoc("Delivers {@code event} to the event instance {@code id} waits for now, and"
            + " runs it\nto its next wait or its end.\n")
        .addModifiers(Modifier.PUBLIC).returns(anyOutcome)
        .addParameter(String.class, "id").addParameter(Object.class, "event")
        .addStatement("return engine.resume(id, event)").build());
    type.addMethod(MethodSpec.methodBuilder("resume")
        .addJavadoc("Delivers the event {@code name}; if instance {@code id} does not wait for it"
            + " yet,\nit is kept in the instance's inbox for the first wait that asks for it.\n")
        .addModifiers(Modifier.PUBLIC).returns(anyOutcome)
        .addParameter(String.class, "id").addParameter(String.class, "name")
        .addParameter(Object.class, "event")
        .addStatement("return engine.resume(id, name, event)").build());
    type.addMethod(MethodSpec.methodBuilder("resume")
        .addJavadoc("Delivers the event {@code name} carrying {@code eventId}: an event whose id"
            + " the\ninstance applied recently is not applied again.\n")
        .addModifiers(Modifier.PUBLIC).returns(anyOutcome)
        .addParameter(String.class, "id").addParameter(String.class, "name")
        .addParameter(Object.class, "event").addParameter(String.class, "eventId")
        .addStatement("return engine.resume(id, name, event, eventId)").build());
    type.addMethod(MethodSpec.methodBuilder("cancel")
        .addJavadoc("Cancels instance {@code id}: its current wait throws, its finally blocks"
            + " run.\n")
        .addModifiers(Modifier.PUBLIC).returns(anyOutcome)
        .addParameter(String.class, "id")
        .addStatement("return engine.cancel(id)").build());
    type.addMethod(MethodSpec.methodBuilder("inspect")
        .addJavadoc("Instance {@code id}'s suspended stack, innermost frame first.\n")
        .addModifiers(Modifier.PUBLIC).returns(ClassName.get("dev.resumable", "Inspection"))
        .addParameter(String.class, "id")
        .addStatement("return engine.inspect(id)").build());
    type.addMethod(MethodSpec.methodBuilder("status")
        .addJavadoc("Where instance {@code id} stands, without running anything.\n")
        .addModifiers(Modifier.PUBLIC).returns(anyOutcome)
        .addParameter(String.class, "id")
        .addStatement("return engine.status(id)").build());
    for (QueryMethod query : model.queries()) {
      type.addMethod(query(query));
    }
    type.addMethod(exposed(ClassName.get(Class.class)));
    type.addMethod(exposed(RuntimeNames.TYPE_REF));
    type.addType(catalog(model.frames()));
    return JavaFile.builder(resumer.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  /** The typed query of what instances of the package expose under one name. */
  private static MethodSpec query(QueryMethod query) {
    Exposure exposure = query.exposure();
    TypeName type = TypeName.get(exposure.type());
    CodeBlock typeArgument = exposure.generic()
        ? CodeBlock.of("new $T<$T>() {}", RuntimeNames.TYPE_REF, type)
        : CodeBlock.of("$T.class", type instanceof ParameterizedTypeName p ? p.rawType() : type);
    return MethodSpec.methodBuilder(query.methodName())
        .addJavadoc("What instance {@code instanceId} exposes as {@code $S}, as of its last"
            + " commit; empty\nuntil it has exposed it.\n", exposure.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
        .addParameter(String.class, StartMethod.ID_PARAMETER)
        .addStatement("return engine.exposed($N, $S, $L)", StartMethod.ID_PARAMETER,
            exposure.name(), typeArgument)
        .build();
  }

  /** The query of what an instance exposes, for a type given as {@code typeOfType<T>}. */
  private static MethodSpec exposed(ClassName typeOfType) {
    TypeVariableName t = TypeVariableName.get("T");
    return MethodSpec.methodBuilder("exposed")
        .addJavadoc("What instance {@code id} exposes as {@code name} (see {@code"
            + " Workflow.expose}), as of\nits last commit, without sending it an event.\n")
        .addModifiers(Modifier.PUBLIC).addTypeVariable(t)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), t))
        .addParameter(String.class, "id").addParameter(String.class, "name")
        .addParameter(ParameterizedTypeName.get(typeOfType, t), "type")
        .addStatement("return engine.exposed(id, name, type)").build();
  }

  private static MethodSpec start(StartMethod startMethod) {
    MethodModel method = startMethod.method();
    return startLike(startMethod, startMethod.name(), CodeBlock.of("Starts {@link $T#$L} as"
        + " instance {@code $L} and runs it to its first wait or its end.\n",
        ClassName.get(method.owner()), method.method().getSimpleName(),
        StartMethod.ID_PARAMETER), false);
  }

  /** {@code signalWithStartFulfil(instanceId, eventName, event, order)} for {@code startFulfil}. */
  private static MethodSpec signalWithStart(StartMethod startMethod) {
    MethodModel method = startMethod.method();
    return startLike(startMethod, "signalWith" + capitalized(startMethod.name()), CodeBlock.of(
        "Delivers the event {@code eventName} to instance {@code $L}, starting it as {@link"
        + " $T#$L}\nfirst if it does not exist: a new instance is started with the event in its"
        + " inbox, in one commit.\nAn instance that exists gets the event as from {@link"
        + " #resume(String, String, Object)}.\n", StartMethod.ID_PARAMETER,
        ClassName.get(method.owner()), method.method().getSimpleName()), true);
  }

  private static String unused(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = name + n;
    }
    return candidate;
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** A method that builds the entry frame of {@code startMethod} and hands it to the engine. */
  private static MethodSpec startLike(StartMethod startMethod, String name, CodeBlock javadoc,
      boolean withEvent) {
    MethodModel method = startMethod.method();
    String id = StartMethod.ID_PARAMETER;
    TypeName result = method.returnType().getKind() == TypeKind.VOID
        ? ClassName.get(Void.class)
        : TypeName.get(method.returnType()).box();
    MethodSpec.Builder start = MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc)
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariables(method.method().getTypeParameters().stream()
            .map(com.palantir.javapoet.TypeVariableName::get).toList())
        .returns(ParameterizedTypeName.get(RuntimeNames.OUTCOME, result))
        .addParameter(String.class, id);
    // Parameter names are not part of the API: these step aside for the workflow's own.
    Set<String> taken = new HashSet<>();
    method.parameters().forEach(p -> taken.add(p.javaName()));
    String eventName = unused("eventName", taken);
    String event = unused("event", taken);
    if (withEvent) {
      start.addParameter(String.class, eventName).addParameter(Object.class, event);
    }
    CodeBlock.Builder args = CodeBlock.builder();
    if (!method.isStatic()) {
      // this.engine: a workflow parameter may be called engine
      args.add("this.engine.receiverOf($T.class)", ClassName.get(method.owner()));
    }
    for (LocalVar parameter : method.parameters()) {
      start.addParameter(TypeName.get(parameter.type()), parameter.javaName());
      if (!args.isEmpty()) {
        args.add(", ");
      }
      args.add("$N", parameter.javaName());
    }
    start.varargs(method.method().isVarArgs());
    String diamond = method.method().getTypeParameters().isEmpty() ? "" : "<>";
    // The id is checked first, before the receiver is looked up or the frame is built.
    if (withEvent) {
      return start.addStatement("return this.engine.signalWithStart($T.id($N), $N, $N,"
          + " new $T$L($L))", RuntimeNames.ARGUMENTS, id, eventName, event, method.frameClass(),
          diamond, args.build()).build();
    }
    return start.addStatement("return this.engine.start($T.id($N), new $T$L($L))",
        RuntimeNames.ARGUMENTS, id, method.frameClass(), diamond, args.build()).build();
  }

  /** Whether the method's arguments can be stored before it runs: see FrameWriter.entryStart. */
  private static boolean startsLater(MethodModel method) {
    return method.method().getTypeParameters().isEmpty() && method.parameters().stream()
        .noneMatch(p -> TypeVariables.mentionedIn(p.type()));
  }

  /** {@code start<Method>At}: the instance is stored now, with its arguments, and runs later. */
  private static MethodSpec startAt(StartMethod startMethod) {
    MethodModel method = startMethod.method();
    String id = StartMethod.ID_PARAMETER;
    Set<String> taken = new HashSet<>();
    method.parameters().forEach(p -> taken.add(p.javaName()));
    String at = unused("startAt", taken);
    MethodSpec.Builder start = MethodSpec.methodBuilder(startMethod.name() + "At")
        .addJavadoc("Stores {@link $T#$L} as instance {@code $L}, waiting for its start at {@code"
            + " $L},\nwhen the engine's timer sweep runs it; events sent meanwhile wait in"
            + " its inbox.\n", ClassName.get(method.owner()), method.method().getSimpleName(),
            id, at)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(RuntimeNames.OUTCOME,
            WildcardTypeName.subtypeOf(Object.class)))
        .addParameter(String.class, id)
        .addParameter(java.time.Instant.class, at);
    CodeBlock.Builder args = CodeBlock.builder();
    for (LocalVar parameter : method.parameters()) {
      start.addParameter(TypeName.get(parameter.type()), parameter.javaName());
      args.add(args.isEmpty() ? "$N" : ", $N", parameter.javaName());
    }
    start.varargs(method.method().isVarArgs());
    return start.addStatement("return this.engine.startAt($N, $N, $T.TYPE, new Object[] {$L})",
        id, at, method.frameClass(), args.build()).build();
  }

  /**
   * {@code schedule<Method>}: a durable schedule whose every run starts the method with these
   * arguments, stored encoded with the schedule.
   */
  private static MethodSpec schedule(StartMethod startMethod) {
    MethodModel method = startMethod.method();
    String name = startMethod.name().startsWith("start")
        ? "schedule" + startMethod.name().substring("start".length())
        : "schedule" + Character.toUpperCase(startMethod.name().charAt(0))
            + startMethod.name().substring(1);
    Set<String> taken = new HashSet<>();
    method.parameters().forEach(p -> taken.add(p.javaName()));
    String id = unused("scheduleId", taken);
    String schedule = unused("schedule", taken);
    MethodSpec.Builder builder = MethodSpec.methodBuilder(name)
        .addJavadoc("Creates the durable schedule {@code $L}, which starts {@link $T#$L} at the"
            + " times of\n{@code $L}, each run as instance {@code <$L>@<scheduled time>} with"
            + " these arguments.\n", id, ClassName.get(method.owner()),
            method.method().getSimpleName(), schedule, id)
        .addModifiers(Modifier.PUBLIC)
        .returns(ClassName.get("dev.resumable", "ScheduleInfo"))
        .addParameter(String.class, id)
        .addParameter(ClassName.get("dev.resumable", "Schedule"), schedule);
    CodeBlock.Builder args = CodeBlock.builder();
    for (LocalVar parameter : method.parameters()) {
      builder.addParameter(TypeName.get(parameter.type()), parameter.javaName());
      args.add(args.isEmpty() ? "$N" : ", $N", parameter.javaName());
    }
    builder.varargs(method.method().isVarArgs());
    return builder.addStatement(
        "return this.engine.schedules().create($N, $N, $T.TYPE, new Object[] {$L})",
        id, schedule, method.frameClass(), args.build()).build();
  }

  private static TypeSpec catalog(List<MethodModel> methods) {
    CodeBlock types = CodeBlock.join(methods.stream()
        .map(m -> CodeBlock.of("$T.TYPE", m.frameClass())).toList(), ",\n");
    return TypeSpec.classBuilder("Catalog")
        .addJavadoc("The state machines of this package, registered as a service so that an"
            + " engine\nfinds them when it resumes a stored instance.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(RuntimeNames.FRAME_CATALOG)
        .addMethod(MethodSpec.methodBuilder("frameTypes").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class),
                RuntimeNames.FRAME_TYPE))
            .addStatement("return $T.of(\n$>$>$L$<$<)", List.class, types)
            .build())
        .build();
  }
}
