package dev.resumable.processor.types;

import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * A local's declared type as the text a stored frame and the schema file keep, e.g. {@code
 * java.util.List<java.lang.String>}: canonical names, no spaces, no type annotations, so that
 * adding {@code @Nullable} or reformatting does not read as a change of type. The runtime judges
 * a later build's types against this text without loading any class it names.
 */
public final class TypeText {

  private TypeText() {}

  public static String of(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE, VOID:
        return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
      case ARRAY:
        return of(((ArrayType) type).getComponentType()) + "[]";
      case DECLARED: {
        DeclaredType declared = (DeclaredType) type;
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        if (declared.getTypeArguments().isEmpty()) {
          return name;
        }
        return name + declared.getTypeArguments().stream().map(TypeText::of)
            .collect(Collectors.joining(",", "<", ">"));
      }
      case TYPEVAR:
        return ((TypeVariable) type).asElement().getSimpleName().toString();
      case WILDCARD: {
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          return "? extends " + of(wildcard.getExtendsBound());
        }
        if (wildcard.getSuperBound() != null) {
          return "? super " + of(wildcard.getSuperBound());
        }
        return "?";
      }
      default:
        return type.toString();
    }
  }
}
