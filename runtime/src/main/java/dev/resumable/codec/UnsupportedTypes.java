package dev.resumable.codec;

import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Collections;

/** The errors for static types that have no persisted form, each saying what to do instead. */
final class UnsupportedTypes {

  private static final String ADVICE =
      "use a record, enum, String, number, java.time type, collection or protobuf message,"
          + " or keep it out of locals that live across a wait";

  private UnsupportedTypes() {}

  /** {@code type}, whose class is {@code raw}, is none of the supported kinds. */
  static CodecException of(Type type, Class<?> raw) {
    String name = type.getTypeName();
    if (raw.isInterface() || raw == Object.class || Modifier.isAbstract(raw.getModifiers())) {
      // Decoding would have to take the class to create from the data, which it never does.
      return new CodecException(
          "cannot persist values of type "
              + name
              + ": it does not say which class to create when decoding; "
              + ADVICE);
    }
    if (!raw.isPrimitive()) {
      return new CodecException(
          "cannot persist values of type "
              + name
              + ": classes other than records are not persisted field by field; "
              + ADVICE
              + "; or name a codec for it with @StoredWith on the class or its package"
              + " (JacksonCodec of the module resumable-codec-jackson stores its fields as JSON)");
    }
    return new CodecException("cannot persist values of type " + name + ": " + ADVICE);
  }

  static CodecException rawType(Class<?> type) {
    return new CodecException(
        "cannot persist values of raw type "
            + type.getName()
            + ": declare its type arguments, and where a Class object was given use a TypeRef,"
            + " e.g. new TypeRef<"
            + type.getSimpleName()
            + "<"
            + String.join(", ", Collections.nCopies(type.getTypeParameters().length, "String"))
            + ">>() {}");
  }

  static CodecException wildcard(Type type) {
    return new CodecException(
        "cannot persist values of wildcard type "
            + type.getTypeName()
            + ": decoding needs one exact type; replace the wildcard with a type argument");
  }

  static CodecException typeVariable(Type type) {
    return new CodecException(
        "cannot persist values of type variable "
            + type.getTypeName()
            + ": the static type must be fully known; give "
            + type.getTypeName()
            + " a concrete type argument");
  }

  static CodecException unordered(Type sorted, Type element) {
    return new CodecException(
        "cannot persist values of type "
            + sorted.getTypeName()
            + ": decoding rebuilds it in natural order, but "
            + element.getTypeName()
            + " is not Comparable; use a List, Set or Map instead");
  }
}
