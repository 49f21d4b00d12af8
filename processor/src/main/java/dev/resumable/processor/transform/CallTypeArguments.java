package dev.resumable.processor.transform;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.TypeArgument;
import dev.resumable.processor.types.PersistableTypes;
import dev.resumable.processor.types.TypeVariables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * The type arguments a call states for a generic callee that learns them from its callers: the
 * ones written ({@code this.<String>echo(s)}) or else the ones javac inferred, found by matching
 * the callee's declared signature against the signature as instantiated at the call.
 */
final class CallTypeArguments {

  private final Trees trees;
  private final PersistableTypes persistable;
  private final ExecutableElement caller;

  CallTypeArguments(Trees trees, PersistableTypes persistable, ExecutableElement caller) {
    this.trees = trees;
    this.persistable = persistable;
    this.caller = caller;
  }

  /** Empty unless {@code callee} learns its type variables from its callers. */
  List<TypeArgument> of(TreePath callPath, ExecutableElement callee, String where) {
    if (!TypeVariables.knownFromCallers(callee)) {
      return List.of();
    }
    List<? extends TypeParameterElement> variables = callee.getTypeParameters();
    Map<Element, TypeMirror> found = inferred(callPath, callee);
    List<TypeArgument> arguments = new ArrayList<>();
    for (TypeParameterElement variable : variables) {
      TypeMirror type = found.get(variable);
      String name = variable.getSimpleName().toString();
      String subject = name + " of " + callee.getSimpleName() + " at " + where;
      if (type == null) {
        arguments.add(new TypeArgument(name, null, false,
            subject + " has no type javac inferred; state it, as in this.<String>"
                + callee.getSimpleName() + "(..)"));
        continue;
      }
      boolean fromCaller = mentionsOwnVariables(type, caller);
      String why = !persistable.isDenotable(type) ? "it cannot be written down in Java"
          : fromCaller ? null : persistable.whyNot(type);
      arguments.add(new TypeArgument(name, type, fromCaller, why == null ? null
          : subject + " is " + type + ", which cannot be stored (" + why + ")"));
    }
    return List.copyOf(arguments);
  }

  private Map<Element, TypeMirror> inferred(TreePath callPath, ExecutableElement callee) {
    Map<Element, TypeMirror> found = new HashMap<>();
    MethodInvocationTree call = (MethodInvocationTree) callPath.getLeaf();
    List<? extends Tree> written = call.getTypeArguments();
    if (!written.isEmpty()) {
      for (int i = 0; i < written.size() && i < callee.getTypeParameters().size(); i++) {
        found.put(callee.getTypeParameters().get(i),
            trees.getTypeMirror(new TreePath(callPath, written.get(i))));
      }
      return found;
    }
    TypeMirror instantiated = trees.getTypeMirror(new TreePath(callPath, call.getMethodSelect()));
    if (!(instantiated instanceof ExecutableType actual)
        || !(callee.asType() instanceof ExecutableType declared)) {
      return found;
    }
    match(declared.getReturnType(), actual.getReturnType(), callee, found);
    for (int i = 0; i < declared.getParameterTypes().size()
        && i < actual.getParameterTypes().size(); i++) {
      match(declared.getParameterTypes().get(i), actual.getParameterTypes().get(i), callee, found);
    }
    return found;
  }

  /** Records what each of the callee's type variables in {@code declared} became in {@code actual}. */
  private static void match(TypeMirror declared, TypeMirror actual, ExecutableElement callee,
      Map<Element, TypeMirror> found) {
    if (declared.getKind() == TypeKind.TYPEVAR) {
      Element variable = ((TypeVariable) declared).asElement();
      // Not instantiated (javac kept the declared signature): the callee's own variable.
      if (callee.getTypeParameters().contains(variable)
          && !(actual.getKind() == TypeKind.TYPEVAR
              && callee.getTypeParameters().contains(((TypeVariable) actual).asElement()))) {
        found.putIfAbsent(variable, actual);
      }
    } else if (declared.getKind() == TypeKind.ARRAY && actual.getKind() == TypeKind.ARRAY) {
      match(((ArrayType) declared).getComponentType(), ((ArrayType) actual).getComponentType(),
          callee, found);
    } else if (declared.getKind() == TypeKind.DECLARED && actual.getKind() == TypeKind.DECLARED) {
      List<? extends TypeMirror> from = ((DeclaredType) declared).getTypeArguments();
      List<? extends TypeMirror> to = ((DeclaredType) actual).getTypeArguments();
      for (int i = 0; i < from.size() && i < to.size(); i++) {
        match(from.get(i), to.get(i), callee, found);
      }
    }
  }

  /** Whether {@code type} names a type variable of {@code method}. */
  static boolean mentionsOwnVariables(TypeMirror type, ExecutableElement method) {
    switch (type.getKind()) {
      case TYPEVAR:
        return method.getTypeParameters().contains(((TypeVariable) type).asElement());
      case ARRAY:
        return mentionsOwnVariables(((ArrayType) type).getComponentType(), method);
      case DECLARED:
        return ((DeclaredType) type).getTypeArguments().stream()
            .anyMatch(t -> mentionsOwnVariables(t, method));
      case WILDCARD: {
        javax.lang.model.type.WildcardType w = (javax.lang.model.type.WildcardType) type;
        return w.getExtendsBound() != null && mentionsOwnVariables(w.getExtendsBound(), method)
            || w.getSuperBound() != null && mentionsOwnVariables(w.getSuperBound(), method);
      }
      default:
        return false;
    }
  }
}
