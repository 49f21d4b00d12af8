package dev.resumable.processor.writing;

import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Hands every method annotated {@code @sample.Copy} to {@link #handle} with its class attributed in
 * place, the way the real processor prepares methods for {@link SourcePrinter}.
 */
abstract class AttributingProcessor extends AbstractProcessor {
  static final String COPY_ANNOTATION = "sample.Copy";

  protected Trees trees;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(COPY_ANNOTATION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    trees = Trees.instance(processingEnv);
    TypeElement copy = processingEnv.getElementUtils().getTypeElement(COPY_ANNOTATION);
    if (copy == null) {
      return false;
    }
    for (var element : round.getElementsAnnotatedWith(copy)) {
      if (element.getKind() == ElementKind.METHOD) {
        TreePath methodPath = trees.getPath(element);
        // A block has no symbol, so asking for one attributes the enclosing class.
        trees.getElement(new TreePath(methodPath, ((MethodTree) methodPath.getLeaf()).getBody()));
        handle((ExecutableElement) element, methodPath);
      }
    }
    return true;
  }

  abstract void handle(ExecutableElement method, TreePath methodPath);
}
