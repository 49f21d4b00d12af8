package dev.resumable.codec;

import dev.resumable.proto.Value;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Objects;

/**
 * The part every codec shares: null handling, the runtime type check and error messages.
 *
 * <p>Static types are erased at run time, so a value that reaches a codec through an unchecked cast
 * may not have the type the codec was made for; checking here turns that into a {@link
 * CodecException} instead of a {@link ClassCastException} deep inside a codec.
 */
abstract class BaseCodec<T> implements Codec<T> {

  static final Value NULL = Value.getDefaultInstance();

  private final Class<?> valueClass;
  private final String typeName;

  BaseCodec(Type type) {
    this.valueClass = Types.boxedRawClass(type);
    this.typeName = type.getTypeName();
  }

  @Override
  public final Value encode(T value) {
    if (value == null) {
      return NULL;
    }
    if (!valueClass.isInstance(value)) {
      throw new CodecException(
          "cannot encode a "
              + value.getClass().getName()
              + " as "
              + typeName
              + ": the value does not have the static type it is declared with"
              + " (an unchecked cast or raw type let it in)");
    }
    return encodeNonNull(value);
  }

  @Override
  public final T decode(Value value) {
    Objects.requireNonNull(value, "value");
    if (value.getKindCase() == Value.KindCase.KIND_NOT_SET) {
      return decodeUnset();
    }
    return decodeSet(value);
  }

  abstract Value encodeNonNull(T value);

  /** Decodes a value whose kind is set. */
  abstract T decodeSet(Value value);

  /** What an unset value decodes to: null, except for primitives, which cannot be null. */
  T decodeUnset() {
    return null;
  }

  final String typeName() {
    return typeName;
  }

  final CodecException wrongKind(Value value, Value.KindCase expected) {
    return new CodecException(
        "cannot decode "
            + typeName
            + " from "
            + kindName(value.getKindCase())
            + ": expected "
            + kindName(expected));
  }

  /** Adds where in an enclosing value the error happened, keeping the original stack trace. */
  static CodecException within(CodecException e, String where) {
    CodecException located = new CodecException(e.getMessage() + "\n  in " + where, e.getCause());
    located.setStackTrace(e.getStackTrace());
    return located;
  }

  private static String kindName(Value.KindCase kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
