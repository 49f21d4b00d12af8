package dev.resumable.codec;

import com.google.protobuf.ByteString;
import dev.resumable.proto.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * Codecs of primitives, their boxes, strings, byte arrays and exact numbers. A primitive and its
 * box differ only in what an unset value decodes to: a primitive cannot be null, so a record
 * component added after the data was written gets its default instead.
 */
final class ScalarCodecs {

  private static final Map<Class<?>, Codec<?>> CODECS =
      Map.ofEntries(
          Map.entry(boolean.class, new BooleanCodec(boolean.class, false)),
          Map.entry(Boolean.class, new BooleanCodec(Boolean.class, null)),
          integral(byte.class, Byte.MIN_VALUE, Byte.MAX_VALUE, l -> (byte) l, (byte) 0),
          integral(Byte.class, Byte.MIN_VALUE, Byte.MAX_VALUE, l -> (byte) l, null),
          integral(short.class, Short.MIN_VALUE, Short.MAX_VALUE, l -> (short) l, (short) 0),
          integral(Short.class, Short.MIN_VALUE, Short.MAX_VALUE, l -> (short) l, null),
          integral(int.class, Integer.MIN_VALUE, Integer.MAX_VALUE, l -> (int) l, 0),
          integral(Integer.class, Integer.MIN_VALUE, Integer.MAX_VALUE, l -> (int) l, null),
          integral(long.class, Long.MIN_VALUE, Long.MAX_VALUE, l -> l, 0L),
          integral(Long.class, Long.MIN_VALUE, Long.MAX_VALUE, l -> l, null),
          integral(char.class, Character.MIN_VALUE, Character.MAX_VALUE, l -> (char) l, '\0'),
          integral(Character.class, Character.MIN_VALUE, Character.MAX_VALUE, l -> (char) l, null),
          Map.entry(float.class, new FloatCodec(float.class, 0f)),
          Map.entry(Float.class, new FloatCodec(Float.class, null)),
          Map.entry(double.class, new DoubleCodec(double.class, 0d)),
          Map.entry(Double.class, new DoubleCodec(Double.class, null)),
          Map.entry(String.class, new StringCodec()),
          Map.entry(byte[].class, new BytesCodec()),
          Map.entry(
              BigDecimal.class,
              new TextCodec<>(BigDecimal.class, BigDecimal::toString, BigDecimal::new)),
          Map.entry(
              BigInteger.class,
              new TextCodec<>(BigInteger.class, BigInteger::toString, BigInteger::new)),
          Map.entry(UUID.class, new TextCodec<>(UUID.class, UUID::toString, UUID::fromString)));

  private ScalarCodecs() {}

  /** The codec of {@code type}, or null if it is not one of the types above. */
  static Codec<?> forClass(Class<?> type) {
    return CODECS.get(type);
  }

  private static <T> Map.Entry<Class<T>, Codec<T>> integral(
      Class<T> type, long min, long max, LongFunction<T> narrow, T unset) {
    return Map.entry(type, new IntegralCodec<>(type, min, max, narrow, unset));
  }

  private static final class BooleanCodec extends LeafCodec<Boolean> {
    private final Boolean unset;

    BooleanCodec(Class<Boolean> type, Boolean unset) {
      super(type);
      this.unset = unset;
    }

    @Override
    Value encodeNonNull(Boolean value) {
      return Value.newBuilder().setBoolValue(value).build();
    }

    @Override
    Boolean decodeSet(Value value) {
      if (value.getKindCase() != Value.KindCase.BOOL_VALUE) {
        throw wrongKind(value, Value.KindCase.BOOL_VALUE);
      }
      return value.getBoolValue();
    }

    @Override
    Boolean decodeUnset() {
      return unset;
    }
  }

  /** byte, short, char, int and long share int_value; decoding checks the narrower range. */
  private static final class IntegralCodec<T> extends LeafCodec<T> {
    private final long min;
    private final long max;
    private final LongFunction<T> narrow;
    private final T unset;

    IntegralCodec(Class<T> type, long min, long max, LongFunction<T> narrow, T unset) {
      super(type);
      this.min = min;
      this.max = max;
      this.narrow = narrow;
      this.unset = unset;
    }

    @Override
    Value encodeNonNull(T value) {
      long widened = value instanceof Character c ? c : ((Number) value).longValue();
      return Value.newBuilder().setIntValue(widened).build();
    }

    @Override
    T decodeSet(Value value) {
      if (value.getKindCase() != Value.KindCase.INT_VALUE) {
        throw wrongKind(value, Value.KindCase.INT_VALUE);
      }
      long stored = value.getIntValue();
      if (stored < min || stored > max) {
        throw new CodecException(
            "cannot decode " + typeName() + " from int_value " + stored + ": out of range");
      }
      return narrow.apply(stored);
    }

    @Override
    T decodeUnset() {
      return unset;
    }
  }

  private static final class DoubleCodec extends LeafCodec<Double> {
    private final Double unset;

    DoubleCodec(Class<Double> type, Double unset) {
      super(type);
      this.unset = unset;
    }

    @Override
    Value encodeNonNull(Double value) {
      return Value.newBuilder().setDoubleValue(value).build();
    }

    @Override
    Double decodeSet(Value value) {
      if (value.getKindCase() != Value.KindCase.DOUBLE_VALUE) {
        throw wrongKind(value, Value.KindCase.DOUBLE_VALUE);
      }
      return value.getDoubleValue();
    }

    @Override
    Double decodeUnset() {
      return unset;
    }
  }

  /**
   * Every float widens to a double exactly, so a float survives the trip through double_value. A
   * double that no float equals was not written by this codec and is rejected, not rounded.
   */
  private static final class FloatCodec extends LeafCodec<Float> {
    private final Float unset;

    FloatCodec(Class<Float> type, Float unset) {
      super(type);
      this.unset = unset;
    }

    @Override
    Value encodeNonNull(Float value) {
      return Value.newBuilder().setDoubleValue(value).build();
    }

    @Override
    Float decodeSet(Value value) {
      if (value.getKindCase() != Value.KindCase.DOUBLE_VALUE) {
        throw wrongKind(value, Value.KindCase.DOUBLE_VALUE);
      }
      double stored = value.getDoubleValue();
      float narrowed = (float) stored;
      if (narrowed != stored && !Double.isNaN(stored)) {
        throw new CodecException(
            "cannot decode " + typeName() + " from double_value " + stored + ": not a float");
      }
      return narrowed;
    }

    @Override
    Float decodeUnset() {
      return unset;
    }
  }

  private static final class StringCodec extends LeafCodec<String> {
    StringCodec() {
      super(String.class);
    }

    @Override
    Value encodeNonNull(String value) {
      if (Utf16Text.hasUnpairedSurrogate(value)) {
        return Value.newBuilder().setStringUtf16(Utf16Text.toUtf16(value)).build();
      }
      return Value.newBuilder().setStringValue(value).build();
    }

    @Override
    String decodeSet(Value value) {
      if (value.getKindCase() == Value.KindCase.STRING_UTF16) {
        return Utf16Text.fromUtf16(value.getStringUtf16());
      }
      if (value.getKindCase() != Value.KindCase.STRING_VALUE) {
        throw wrongKind(value, Value.KindCase.STRING_VALUE);
      }
      return value.getStringValue();
    }
  }

  private static final class BytesCodec extends LeafCodec<byte[]> {
    BytesCodec() {
      super(byte[].class);
    }

    // An array is mutable: two references to one stay one after a restart.
    @Override
    boolean isObject() {
      return true;
    }

    @Override
    Value encodeNonNull(byte[] value) {
      return Value.newBuilder().setBytesValue(ByteString.copyFrom(value)).build();
    }

    @Override
    byte[] decodeSet(Value value) {
      if (value.getKindCase() != Value.KindCase.BYTES_VALUE) {
        throw wrongKind(value, Value.KindCase.BYTES_VALUE);
      }
      return value.getBytesValue().toByteArray();
    }
  }
}
