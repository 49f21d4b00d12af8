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
  public final Value encode(T value, GraphWriter graph) {
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
    return isObject() ? graph.reference(value, this) : encodeNonNull(value, graph);
  }

  @Override
  public final T decode(Value value, GraphReader graph) {
    Objects.requireNonNull(value, "value");
    if (value.getKindCase() == Value.KindCase.KIND_NOT_SET) {
      return decodeUnset();
    }
    if (value.getKindCase() == Value.KindCase.REF) {
      if (!isObject()) {
        throw new CodecException("cannot decode " + typeName() + " from a reference to a stored"
            + " object: values of this type are stored inline");
      }
      return graph.resolve(value.getRef(), this);
    }
    // Inline: a value stored on its own, or by a version that stored no graph.
    return decodeSet(value, graph);
  }

  /**
   * Whether values of this type have an identity that a graph keeps (collections, maps, arrays,
   * records, exceptions) rather than being plain values stored inline (numbers, strings, enums).
   */
  boolean isObject() {
    return false;
  }

  /**
   * Whether decoding builds {@code value} from its decoded contents (a record, an immutable
   * collection) rather than creating it empty and filling it, so that contents cannot refer back
   * to it.
   */
  boolean rebuiltFromParts(T value) {
    return true;
  }

  abstract Value encodeNonNull(T value, GraphWriter graph);

  /** Decodes a value whose kind is set and is not a reference. */
  abstract T decodeSet(Value value, GraphReader graph);

  /** Refuses a stored kind whose class does not have the declared type (data not written here). */
  final <V> V requireDeclaredType(V decoded, Object kind) {
    if (!valueClass.isInstance(decoded)) {
      throw new CodecException("cannot decode " + typeName + " from a stored " + kind + ", which is"
          + " a " + decoded.getClass().getName());
    }
    return decoded;
  }

  /** {@code known}, an object of the graph decoded earlier, if it has this codec's type. */
  final T cast(Object known, int index) {
    if (!valueClass.isInstance(known)) {
      throw new CodecException("cannot decode " + typeName() + " from stored object " + index
          + ", which was decoded as a " + known.getClass().getName() + " where it was first"
          + " referred to");
    }
    @SuppressWarnings("unchecked") // checked against the raw class; arguments are as stored
    T value = (T) known;
    return value;
  }

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
