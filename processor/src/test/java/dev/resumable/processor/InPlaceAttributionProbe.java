package dev.resumable.processor;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.resumable.processor.transform.Attribution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** Attributes every method in place in the first round and writes one file, as the processor does. */
@SupportedAnnotationTypes("*")
final class InPlaceAttributionProbe extends AbstractProcessor {

  private boolean done;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done) {
      return false;
    }
    done = true;
    Trees trees = Trees.instance(processingEnv);
    for (Element type : round.getRootElements()) {
      for (Element member : type.getEnclosedElements()) {
        if (member.getKind() == ElementKind.METHOD) {
          TreePath path = trees.getPath(member);
          Attribution.attribute(trees, path);
        }
      }
    }
    try (Writer out = processingEnv.getFiler().createSourceFile("test.Marker").openWriter()) {
      out.write("package test; class Marker {}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
