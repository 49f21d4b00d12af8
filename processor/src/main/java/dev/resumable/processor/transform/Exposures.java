package dev.resumable.processor.transform;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.Exposure;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * What a method's own code exposes to queries, so that the package's {@code Resumer} can offer a
 * typed query of each constant name, and the engine refuse names the method never exposes. A
 * call with a computed name is left to the untyped query, and makes the names unknown.
 */
final class Exposures {

  private static final String WORKFLOW = "dev.resumable.Workflow";
  private static final String CLASS = "java.lang.Class";
  private static final String TYPE_REF = "dev.resumable.codec.TypeRef";

  private Exposures() {}

  /** In order of appearance. */
  static List<Exposure> of(Trees trees, Types types, TreePath methodPath) {
    List<Exposure> found = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (isExpose(trees.getElement(getCurrentPath())) && node.getArguments().size() == 3) {
          String name = PointIds.eventName(trees, getCurrentPath(), node);
          TypeMirror typeOfType = trees.getTypeMirror(
              new TreePath(getCurrentPath(), node.getArguments().get(1)));
          if (name == null) {
            found.add(new Exposure(null, null, false)); // computed: names not known
          } else {
            Exposure exposure = exposure(types, name, typeOfType);
            // A type this cannot read still names the name; it gets no typed query.
            found.add(exposure != null ? exposure : new Exposure(name, null, false));
          }
        }
        return super.visitMethodInvocation(node, unused);
      }
    }.scan(new TreePath(methodPath, ((MethodTree) methodPath.getLeaf()).getBody()), null);
    return found;
  }

  /** {@code Class<X>} or a subclass of {@code TypeRef<X>} gives X; anything else, nothing. */
  private static Exposure exposure(Types types, String name, TypeMirror typeOfType) {
    for (TypeMirror type = typeOfType; type instanceof DeclaredType declared;
        type = types.directSupertypes(type).isEmpty() ? null
            : types.directSupertypes(type).get(0)) {
      String erased = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      if ((erased.equals(CLASS) || erased.equals(TYPE_REF))
          && declared.getTypeArguments().size() == 1
          && declared.getTypeArguments().get(0) instanceof DeclaredType argument) {
        return new Exposure(name, argument, erased.equals(TYPE_REF));
      }
    }
    return null;
  }

  private static boolean isExpose(Element method) {
    return method instanceof ExecutableElement
        && method.getSimpleName().contentEquals("expose")
        && method.getEnclosingElement() instanceof TypeElement owner
        && owner.getQualifiedName().contentEquals(WORKFLOW);
  }
}
