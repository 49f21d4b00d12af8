package dev.resumable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;

/**
 * Copies each {@code @Copy} method of class {@code C} into a class {@code C_method} with a static
 * {@code run(C self, params...)} whose body is the original body, printed one statement at a time.
 * Unsupported constructs become compilation errors.
 *
 * <p>The copies are collected rather than written to the filer: a further processing round would
 * re-enter the trees attributed in place, and javac then rejects records with explicit canonical
 * constructors or variable arity components in the original source.
 */
final class CopyProcessor extends AttributingProcessor {
  private final Supplier<SourcePrinter.Rewrites> rewrites;
  final List<UnsupportedConstruct> unsupported = new ArrayList<>();
  final List<JavaFile> copies = new ArrayList<>();

  CopyProcessor() {
    this(KeepingRewrites::new);
  }

  CopyProcessor(Supplier<SourcePrinter.Rewrites> rewrites) {
    this.rewrites = rewrites;
  }

  @Override
  void handle(ExecutableElement method, TreePath methodPath) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    SourcePrinter.Rewrites methodRewrites = rewrites.get();
    SourcePrinter printer =
        new SourcePrinter(trees, methodPath.getCompilationUnit(), owner, methodRewrites);
    MethodSpec.Builder run =
        MethodSpec.methodBuilder("run")
            .addModifiers(Modifier.STATIC)
            .returns(TypeName.get(method.getReturnType()))
            .varargs(method.isVarArgs())
            .addParameter(ClassName.get(owner), "self");
    method.getTypeParameters().forEach(t -> run.addTypeVariable(TypeVariableName.get(t)));
    method.getThrownTypes().forEach(t -> run.addException(TypeName.get(t)));
    for (VariableElement parameter : method.getParameters()) {
      run.addParameter(
          ParameterSpec.builder(
                  TypeName.get(parameter.asType()), methodRewrites.localName(parameter))
              .build());
    }
    MethodTree tree = (MethodTree) methodPath.getLeaf();
    TreePath body = new TreePath(methodPath, tree.getBody());
    try {
      for (StatementTree statement : tree.getBody().getStatements()) {
        run.addCode(printer.statement(new TreePath(body, statement)));
      }
    } catch (UnsupportedConstruct e) {
      unsupported.add(e);
      trees.printMessage(
          Diagnostic.Kind.ERROR, e.getMessage(), e.path().getLeaf(), e.path().getCompilationUnit());
      return;
    }
    String packageName =
        processingEnv.getElementUtils().getPackageOf(owner).getQualifiedName().toString();
    TypeSpec copy =
        TypeSpec.classBuilder(owner.getSimpleName() + "_" + method.getSimpleName())
            .addModifiers(Modifier.FINAL)
            .addMethod(run.build())
            .build();
    copies.add(JavaFile.builder(packageName, copy).build());
  }
}
