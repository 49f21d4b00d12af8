package dev.resumable.processor.transform;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The names of the events a method's own code waits for: the first argument of each {@code
 * Await.event} and {@code Wait.event}, which validation has made sure are constants unless the
 * method computes names. Its callees' names are found at run time through its call points.
 */
final class AwaitedNames {

  private AwaitedNames() {}

  /** In order of appearance, each once; null if the method computes names at run time. */
  static List<String> of(Trees trees, TreePath methodPath, ExecutableElement method) {
    if (ResumableAnnotation.computedEventNames(method)) {
      return null;
    }
    Set<String> names = new LinkedHashSet<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (isEventFactory(trees.getElement(getCurrentPath()))) {
          String name = PointIds.eventName(trees, getCurrentPath(), node);
          assert name != null : "validation refuses computed names without the opt-out";
          if (name != null) {
            names.add(name);
          }
        }
        return super.visitMethodInvocation(node, unused);
      }
    }.scan(new TreePath(methodPath, ((MethodTree) methodPath.getLeaf()).getBody()), null);
    return new ArrayList<>(names);
  }

  private static boolean isEventFactory(Element method) {
    return method instanceof ExecutableElement
        && method.getSimpleName().contentEquals("event")
        && method.getEnclosingElement() instanceof TypeElement owner
        && (owner.getQualifiedName().contentEquals(SuspensionCalls.AWAIT)
            || owner.getQualifiedName().contentEquals("dev.resumable.Wait"));
  }
}
