package dev.resumable.processor.transform;

import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Set;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What a for-each loop that waits walks, and so what it must store to find its place again:
 * an array or a list by index; any other collection by the number of elements taken, walked
 * again after a restore; a map's {@code entrySet()}, {@code keySet()} or {@code values()} the
 * same way over the stored map, so that its entries are the map's own.
 *
 * @param kind how the loop finds its element
 * @param stored the expression whose value is stored: the source, or the map of a view
 * @param storedType its static type
 * @param view for a map view, the accessor's name; otherwise null
 */
public record IteratedSource(Kind kind, TreePath stored, TypeMirror storedType, String view) {

  public enum Kind { ARRAY, LIST, COLLECTION, OTHER }

  private static final Set<String> MAP_VIEWS = Set.of("entrySet", "keySet", "values");

  public static IteratedSource of(Trees trees, Types types, Elements elements, TreePath source) {
    TypeMirror type = trees.getTypeMirror(source);
    if (type.getKind() == TypeKind.ARRAY) {
      return new IteratedSource(Kind.ARRAY, source, type, null);
    }
    TypeMirror erased = types.erasure(type);
    if (types.isAssignable(erased, erasure(types, elements, "java.util.List"))) {
      return new IteratedSource(Kind.LIST, source, type, null);
    }
    if (source.getLeaf() instanceof MethodInvocationTree call && call.getArguments().isEmpty()
        && call.getMethodSelect() instanceof MemberSelectTree select
        && MAP_VIEWS.contains(select.getIdentifier().toString())) {
      TreePath map = new TreePath(new TreePath(source, select), select.getExpression());
      TypeMirror mapType = trees.getTypeMirror(map);
      if (mapType != null && mapType.getKind() == TypeKind.DECLARED && types.isAssignable(
          types.erasure(mapType), erasure(types, elements, "java.util.Map"))) {
        return new IteratedSource(Kind.COLLECTION, map, mapType,
            select.getIdentifier().toString());
      }
    }
    if (types.isAssignable(erased, erasure(types, elements, "java.util.Collection"))) {
      return new IteratedSource(Kind.COLLECTION, source, type, null);
    }
    return new IteratedSource(Kind.OTHER, source, type, null);
  }

  private static TypeMirror erasure(Types types, Elements elements, String name) {
    return types.erasure(elements.getTypeElement(name).asType());
  }
}
