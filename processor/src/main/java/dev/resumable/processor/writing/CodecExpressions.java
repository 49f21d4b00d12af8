package dev.resumable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Writes the expression that builds the runtime codec for a static type. */
final class CodecExpressions {

  static final ClassName CODEC = ClassName.get("dev.resumable.codec", "Codec");
  static final ClassName CODECS = ClassName.get("dev.resumable.codec", "Codecs");
  static final ClassName TYPE_REF = ClassName.get("dev.resumable.codec", "TypeRef");

  private CodecExpressions() {}

  /** {@code Codecs.of(Payment.class)}, or with a TypeRef where generics must be kept. */
  static CodeBlock of(TypeMirror type) {
    if (isGeneric(type)) {
      return CodeBlock.of("$T.of(new $T<$T>() {})", CODECS, TYPE_REF, TypeName.get(type));
    }
    TypeName raw = TypeName.get(type);
    return CodeBlock.of("$T.of($T.class)", CODECS, raw);
  }

  /** The declared type of a codec constant: {@code Codec<Integer>} for an int local. */
  static TypeName codecType(TypeMirror type) {
    return ParameterizedTypeName.get(CODEC, TypeName.get(type).box());
  }

  private static boolean isGeneric(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return isGeneric(((ArrayType) type).getComponentType());
    }
    return type.getKind() == TypeKind.DECLARED
        && !((DeclaredType) type).getTypeArguments().isEmpty();
  }
}
