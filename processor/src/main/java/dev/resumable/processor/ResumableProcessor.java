package dev.resumable.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.resumable.processor.debug.SourceMaps;
import dev.resumable.processor.diag.Message;
import dev.resumable.processor.diag.Reporter;
import dev.resumable.processor.model.MethodModel;
import dev.resumable.processor.model.ResumerModel;
import dev.resumable.processor.schema.CommittedSchemas;
import dev.resumable.processor.transform.Attribution;
import dev.resumable.processor.transform.FrameNames;
import dev.resumable.processor.transform.MethodModeler;
import dev.resumable.processor.transform.QueryMethods;
import dev.resumable.processor.transform.SuspensionCalls;
import dev.resumable.processor.types.PersistableTypes;
import dev.resumable.processor.validation.BodyValidator;
import dev.resumable.processor.validation.MethodValidator;
import dev.resumable.processor.validation.PointIdValidator;
import dev.resumable.processor.validation.SchemaValidator;
import dev.resumable.processor.validation.StartNames;
import dev.resumable.processor.writing.FrameWriter;
import dev.resumable.processor.writing.ResumerWriter;
import dev.resumable.processor.writing.SourcePrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import dev.resumable.processor.validation.AttributionHazards;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Compiles each {@code @Resumable} method into a state machine class, and each package's methods
 * into a {@code Resumer}. Per method, the phases are gated: validate the declaration, attribute
 * and validate the body, build the model, and only then write; one bad method reports its errors
 * and generates nothing, without hiding the errors of others.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes(SuspensionCalls.RESUMABLE)
public final class ResumableProcessor extends AbstractProcessor {

  private static final String SERVICE = "META-INF/services/dev.resumable.machine.FrameCatalog";

  /** Where the committed schema files are, e.g. {@code ${project.basedir}/src/main/resumable}. */
  static final String SCHEMA_DIR = "resumable.schemaDir";

  /** Set to true for one build to accept changes that strand waiting instances. */
  static final String SCHEMA_ACCEPT = "resumable.schemaAccept";

  private Trees trees;
  private Reporter reporter;
  private MethodValidator methodValidator;
  private StartNames startNames;
  private BodyValidator bodyValidator;
  private PointIdValidator pointIdValidator;
  private MethodModeler modeler;
  private FrameWriter frameWriter;
  private final ResumerWriter resumerWriter = new ResumerWriter();
  private AttributionHazards hazards;
  private SourceMaps sourceMaps;
  private final Map<TypeElement, Boolean> hazardous = new HashMap<>();
  private final Set<ExecutableElement> deferred = new LinkedHashSet<>();
  private final Map<PackageElement, List<MethodModel>> pending = new LinkedHashMap<>();
  private final Set<String> catalogs = new TreeSet<>();
  private SchemaValidator schemas;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    trees = Trees.instance(env);
    reporter = new Reporter(env.getMessager(), trees);
    SuspensionCalls calls = new SuspensionCalls(trees);
    PersistableTypes persistable = new PersistableTypes(env.getTypeUtils(), env.getElementUtils());
    methodValidator = new MethodValidator(reporter, persistable);
    startNames = new StartNames(reporter);
    bodyValidator = new BodyValidator(trees, env.getTypeUtils(), env.getElementUtils(), calls,
        persistable, reporter);
    pointIdValidator = new PointIdValidator(trees, reporter);
    modeler = new MethodModeler(trees, env.getTypeUtils(), env.getElementUtils(), calls,
        persistable, reporter);
    frameWriter = new FrameWriter(trees, env.getTypeUtils());
    hazards = new AttributionHazards(trees, env.getElementUtils(), reporter);
    sourceMaps = SourceMaps.install(env);
    String schemaDir = env.getOptions().get(SCHEMA_DIR);
    schemas = schemaDir == null || schemaDir.isBlank()
        ? null
        : new SchemaValidator(new CommittedSchemas(java.nio.file.Path.of(schemaDir)),
            Boolean.parseBoolean(env.getOptions().get(SCHEMA_ACCEPT)), reporter,
            env.getMessager());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SCHEMA_DIR, SCHEMA_ACCEPT);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      writeServiceFile();
      if (schemas != null && !round.errorRaised() && deferred.isEmpty()) {
        schemas.finish();
      }
      return false;
    }
    List<ExecutableElement> methods = new ArrayList<>(deferred);
    deferred.clear();
    TypeElement resumable = processingEnv.getElementUtils().getTypeElement(
        SuspensionCalls.RESUMABLE);
    if (resumable != null) {
      for (Element element : round.getElementsAnnotatedWith(resumable)) {
        if (element instanceof ExecutableElement method) {
          methods.add(method);
        }
      }
    }
    for (ExecutableElement method : methods) {
      MethodModel model = compile(method);
      if (schemas != null && reporter.hasErrors()) {
        schemas.failed(method); // its class's schema is neither judged for removals nor rewritten
      }
      if (model != null) {
        pending.computeIfAbsent(processingEnv.getElementUtils().getPackageOf(method),
            p -> new ArrayList<>()).add(model);
      }
    }
    writeResumers();
    return false;
  }

  /** Runs the phases for one method; null if it was deferred or had errors. */
  private MethodModel compile(ExecutableElement method) {
    reporter.reset();
    try {
      methodValidator.validate(method);
      startNames.validate(method);
      if (reporter.hasErrors() || method.getKind() != ElementKind.METHOD) {
        return null;
      }
      TreePath path = trees.getPath(method);
      if (path == null) {
        return null; // compiled earlier, from a class file: its state machine exists already
      }
      if (isHazardous(method)) {
        return null;
      }
      Attribution.attribute(trees, path);
      if (Attribution.hasErrorTypes(trees, path)) {
        deferred.add(method); // names a type that a later round may generate
        return null;
      }
      bodyValidator.validate(path);
      if (reporter.hasErrors()) {
        return null;
      }
      pointIdValidator.validate(path); // warnings only
      MethodModel model = modeler.model(method, path);
      if (model == null) {
        return null;
      }
      if (schemas != null) {
        schemas.validate(method, model);
        if (reporter.hasErrors()) {
          return null;
        }
      }
      frameWriter.write(model).writeTo(processingEnv.getFiler());
      sourceMaps.expect(model.frameClass().packageName(), model.frameClass().simpleName(),
          model.sourceFile());
      return model;
    } catch (dev.resumable.processor.writing.UnsupportedConstruct e) {
      reporter.error(e.path(), Message.UNPRINTABLE, e.description());
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException | AssertionError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.error(method, Message.INTERNAL_ERROR, method, trace);
      throw e;
    }
  }

  /** Whether attributing the method's top-level class would break it; reported once per class. */
  private boolean isHazardous(ExecutableElement method) {
    TypeElement topLevel = (TypeElement) method.getEnclosingElement();
    while (topLevel.getEnclosingElement() instanceof TypeElement outer) {
      topLevel = outer;
    }
    TypeElement key = topLevel;
    return hazardous.computeIfAbsent(key, k -> hazards.check(trees.getPath(k),
        k.getSimpleName().toString()));
  }

  /** Writes the Resumer of each package whose methods are all compiled. */
  private void writeResumers() {
    Set<PackageElement> waiting = new LinkedHashSet<>();
    for (ExecutableElement method : deferred) {
      waiting.add(processingEnv.getElementUtils().getPackageOf(method));
    }
    for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
      var entry = it.next();
      if (waiting.contains(entry.getKey())) {
        continue;
      }
      ClassName resumer = FrameNames.resumer(entry.getKey());
      ResumerModel model = startNames.plan(resumer.packageName(), entry.getValue())
          .withQueries(QueryMethods.plan(entry.getValue(), processingEnv.getTypeUtils()));
      try {
        resumerWriter.write(model).writeTo(processingEnv.getFiler());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      catalogs.add(resumer.reflectionName() + "$Catalog");
      it.remove();
    }
  }

  private void writeServiceFile() {
    if (catalogs.isEmpty()) {
      return;
    }
    try (Writer out = processingEnv.getFiler()
        .createResource(StandardLocation.CLASS_OUTPUT, "", SERVICE).openWriter()) {
      for (String catalog : catalogs) {
        out.write(catalog + "\n");
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "[Resumable.ServiceFile] cannot write " + SERVICE + ": " + e.getMessage());
    }
  }
}
