package dev.resumable.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Type names for declarations inside {@code run}, where the local classes, records, enums and
 * interfaces of the method are declared first and so are in scope by their simple names, which
 * JavaPoet cannot give them.
 */
final class LocalTypeNames {

  private LocalTypeNames() {}

  static TypeName of(TypeMirror type) {
    if (!mentionsLocalType(type)) {
      return TypeName.get(type);
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return ArrayTypeName.of(of(((ArrayType) type).getComponentType()));
    }
    if (type instanceof WildcardType wildcard) {
      return wildcard.getSuperBound() != null
          ? WildcardTypeName.supertypeOf(of(wildcard.getSuperBound()))
          : WildcardTypeName.subtypeOf(of(wildcard.getExtendsBound()));
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    ClassName raw = isLocal(element)
        ? ClassName.get("", element.getSimpleName().toString())
        : ClassName.get(element);
    List<TypeName> arguments = declared.getTypeArguments().stream().map(LocalTypeNames::of)
        .toList();
    return arguments.isEmpty() ? raw
        : ParameterizedTypeName.get(raw, arguments.toArray(TypeName[]::new));
  }

  private static boolean mentionsLocalType(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return mentionsLocalType(((ArrayType) type).getComponentType());
    }
    if (type instanceof WildcardType wildcard) {
      TypeMirror bound = wildcard.getSuperBound() != null ? wildcard.getSuperBound()
          : wildcard.getExtendsBound();
      return bound != null && mentionsLocalType(bound);
    }
    if (!(type instanceof DeclaredType declared)) {
      return false;
    }
    return isLocal((TypeElement) declared.asElement())
        || declared.getTypeArguments().stream().anyMatch(LocalTypeNames::mentionsLocalType);
  }

  private static boolean isLocal(TypeElement element) {
    return element.getNestingKind() == NestingKind.LOCAL;
  }
}
