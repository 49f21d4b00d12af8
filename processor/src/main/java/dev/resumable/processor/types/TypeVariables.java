package dev.resumable.processor.types;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Whether a type mentions a type variable, and what a method's type variables are known from. A
 * result typed by a method's type variables cannot be stored, so such a method (like a private
 * one) is called from other workflows only and gets no start method; each such call states what
 * its type variables are, and values typed by them can be stored. A method that can be started
 * does not know its type variables: nobody states them.
 */
public final class TypeVariables {

  private TypeVariables() {}

  /** Whether the package's Resumer has a method that starts {@code method} as an instance. */
  public static boolean isStartable(ExecutableElement method) {
    return !method.getModifiers().contains(Modifier.PRIVATE)
        && !mentionedIn(method.getReturnType());
  }

  /** Whether every call of {@code method} states its type variables, which it then knows. */
  public static boolean knownFromCallers(ExecutableElement method) {
    return !method.getTypeParameters().isEmpty() && !isStartable(method);
  }

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
