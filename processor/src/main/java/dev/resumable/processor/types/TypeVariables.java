package dev.resumable.processor.types;

import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Whether a type mentions a type variable. A result typed by a method's type variables cannot be
 * stored, so such a method is called from other workflows only and gets no start method.
 */
public final class TypeVariables {

  private TypeVariables() {}

  public static boolean mentionedIn(TypeMirror type) {
    switch (type.getKind()) {
      case TYPEVAR:
        return true;
      case ARRAY:
        return mentionedIn(((ArrayType) type).getComponentType());
      case DECLARED:
        return ((DeclaredType) type).getTypeArguments().stream()
            .anyMatch(TypeVariables::mentionedIn);
      case WILDCARD: {
        WildcardType w = (WildcardType) type;
        return w.getExtendsBound() != null && mentionedIn(w.getExtendsBound())
            || w.getSuperBound() != null && mentionedIn(w.getSuperBound());
      }
      default:
        return false;
    }
  }
}
