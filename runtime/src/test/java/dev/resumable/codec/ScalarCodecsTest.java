package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.resumable.proto.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScalarCodecsTest {

  private static final Value UNSET = Value.getDefaultInstance();

  @Test
  void booleansAreBoolValues() {
    assertEquals(
        Value.newBuilder().setBoolValue(true).build(), Codecs.of(boolean.class).encode(true));
    assertEquals(false, RoundTrip.of(Codecs.of(boolean.class), false));
    assertEquals(true, RoundTrip.of(Codecs.of(Boolean.class), true));
    assertNull(RoundTrip.of(Codecs.of(Boolean.class), null));
  }

  static Stream<Arguments> integralValues() {
    return Stream.of(
        Arguments.of(byte.class, List.of(Byte.MIN_VALUE, (byte) 0, Byte.MAX_VALUE)),
        Arguments.of(Byte.class, List.of(Byte.MIN_VALUE, (byte) -1, Byte.MAX_VALUE)),
        Arguments.of(short.class, List.of(Short.MIN_VALUE, (short) 7, Short.MAX_VALUE)),
        Arguments.of(Short.class, List.of(Short.MIN_VALUE, Short.MAX_VALUE)),
        Arguments.of(int.class, List.of(Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE)),
        Arguments.of(Integer.class, List.of(Integer.MIN_VALUE, Integer.MAX_VALUE)),
        Arguments.of(long.class, List.of(Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE)),
        Arguments.of(Long.class, List.of(Long.MIN_VALUE, Long.MAX_VALUE)),
        Arguments.of(char.class, List.of('\0', 'A', 'é', '\uffff')),
        Arguments.of(Character.class, List.of('\0', '\ud834', '\uffff')));
  }

  @ParameterizedTest
  @MethodSource("integralValues")
  void integralTypesRoundTripAsIntValues(Class<?> type, List<Object> values) {
    Codec<Object> codec = Codecs.forType(type);
    for (Object value : values) {
      Value encoded = codec.encode(value);
      long expected = value instanceof Character c ? c : ((Number) value).longValue();
      assertEquals(Value.newBuilder().setIntValue(expected).build(), encoded);
      assertEquals(value, RoundTrip.of(codec, value));
    }
  }

  @Test
  void charIsStoredAsItsCode() {
    assertEquals(233, Codecs.of(char.class).encode('é').getIntValue());
  }

  @Test
  void integralOutOfRangeIsRejected() {
    Value tooBig = Value.newBuilder().setIntValue(128).build();
    CodecException e =
        assertThrows(CodecException.class, () -> Codecs.of(byte.class).decode(tooBig));
    assertTrue(e.getMessage().contains("byte") && e.getMessage().contains("128"), e.getMessage());
    Value negative = Value.newBuilder().setIntValue(-1).build();
    assertThrows(CodecException.class, () -> Codecs.of(char.class).decode(negative));
    Value wide = Value.newBuilder().setIntValue(1L << 31).build();
    assertThrows(CodecException.class, () -> Codecs.of(Integer.class).decode(wide));
  }

  @Test
  void unsetDecodesToDefaultForPrimitivesAndNullForBoxes() {
    assertEquals(false, Codecs.of(boolean.class).decode(UNSET));
    assertEquals((byte) 0, Codecs.of(byte.class).decode(UNSET));
    assertEquals((short) 0, Codecs.of(short.class).decode(UNSET));
    assertEquals('\0', Codecs.of(char.class).decode(UNSET));
    assertEquals(0, Codecs.of(int.class).decode(UNSET));
    assertEquals(0L, Codecs.of(long.class).decode(UNSET));
    assertEquals(0f, Codecs.of(float.class).decode(UNSET));
    assertEquals(0d, Codecs.of(double.class).decode(UNSET));
    for (Class<?> box :
        List.of(Boolean.class, Byte.class, Short.class, Character.class, Integer.class)) {
      assertNull(Codecs.forType(box).decode(UNSET), box.getName());
    }
    assertNull(Codecs.of(Long.class).decode(UNSET));
    assertNull(Codecs.of(Float.class).decode(UNSET));
    assertNull(Codecs.of(Double.class).decode(UNSET));
  }

  @Test
  void nullEncodesAsUnset() {
    assertEquals(UNSET, Codecs.of(Integer.class).encode(null));
    assertEquals(UNSET, Codecs.of(String.class).encode(null));
  }

  @ParameterizedTest
  @MethodSource("floats")
  void floatsRoundTripExactly(float value) {
    for (Class<?> type : List.of(float.class, Float.class)) {
      Object decoded = RoundTrip.of(Codecs.forType(type), value);
      // Float.equals compares bits, so it tells -0.0 from 0.0 and matches NaN with NaN.
      assertEquals(Float.valueOf(value), decoded);
    }
  }

  static Stream<Float> floats() {
    return Stream.of(
        0f,
        -0f,
        0.1f,
        -1.5e-7f,
        Float.MIN_VALUE,
        Float.MIN_NORMAL,
        Float.MAX_VALUE,
        Float.NaN,
        Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY);
  }

  @ParameterizedTest
  @MethodSource("doubles")
  void doublesRoundTripExactly(double value) {
    for (Class<?> type : List.of(double.class, Double.class)) {
      assertEquals(Double.valueOf(value), RoundTrip.of(Codecs.forType(type), value));
    }
  }

  static Stream<Double> doubles() {
    return Stream.of(
        0d,
        -0d,
        0.1,
        1d / 3,
        Double.MIN_VALUE,
        Double.MIN_NORMAL,
        Double.MAX_VALUE,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY);
  }

  @Test
  void negativeZeroKeepsItsSign() {
    double decoded = RoundTrip.of(Codecs.of(double.class), -0d);
    assertEquals(Double.doubleToRawLongBits(-0d), Double.doubleToRawLongBits(decoded));
    float decodedFloat = RoundTrip.of(Codecs.of(float.class), -0f);
    assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(decodedFloat));
  }

  @Test
  void floatRejectsADoubleThatNoFloatEquals() {
    Value notAFloat = Value.newBuilder().setDoubleValue(0.1).build();
    CodecException e =
        assertThrows(CodecException.class, () -> Codecs.of(float.class).decode(notAFloat));
    assertTrue(e.getMessage().contains("float"), e.getMessage());
  }

  @Test
  void stringsRoundTrip() {
    Codec<String> codec = Codecs.of(String.class);
    for (String value : List.of("", "plain", "héllo \uD834\uDD1E", "line\nbreak\0nul")) {
      assertEquals(Value.newBuilder().setStringValue(value).build(), codec.encode(value));
      assertEquals(value, RoundTrip.of(codec, value));
    }
    assertNull(RoundTrip.of(codec, null));
  }

  @Test
  void stringsWithUnpairedSurrogatesComeBackUnchanged() {
    Codec<String> codec = Codecs.of(String.class);
    for (String value : List.of("lone-\uD800-x", "\uDC00", "end\uD834", "\uDD1E\uD834",
        "pair \uD834\uDD1E then lone \uDBFF")) {
      Value encoded = codec.encode(value);
      assertEquals(Value.KindCase.STRING_UTF16, encoded.getKindCase(), value);
      assertEquals(value, RoundTrip.of(codec, value));
    }
  }

  @Test
  void storedUtf16TextOfOddLengthIsRefused() {
    Value odd = Value.newBuilder().setStringUtf16(ByteString.copyFrom(new byte[] {0, 65, 0}))
        .build();
    CodecException e =
        assertThrows(CodecException.class, () -> Codecs.of(String.class).decode(odd));
    assertTrue(e.getMessage().contains("odd number of bytes"), e.getMessage());
  }

  @Test
  void byteArraysAreBytesValues() {
    byte[] bytes = {0, -1, 127, -128, 42};
    Codec<byte[]> codec = Codecs.of(byte[].class);
    assertEquals(
        Value.newBuilder().setBytesValue(ByteString.copyFrom(bytes)).build(), codec.encode(bytes));
    assertArrayEquals(bytes, RoundTrip.of(codec, bytes));
    assertArrayEquals(new byte[0], RoundTrip.of(codec, new byte[0]));
    assertNull(RoundTrip.of(codec, null));
  }

  @Test
  void decodedByteArrayIsACopy() {
    Codec<byte[]> codec = Codecs.of(byte[].class);
    Value encoded = codec.encode(new byte[] {1, 2});
    codec.decode(encoded)[0] = 9;
    assertArrayEquals(new byte[] {1, 2}, codec.decode(encoded));
  }

  @Test
  void bigDecimalKeepsItsScale() {
    Codec<BigDecimal> codec = Codecs.of(BigDecimal.class);
    BigDecimal amount = new BigDecimal("120.00");
    assertEquals("120.00", codec.encode(amount).getStringValue());
    BigDecimal decoded = RoundTrip.of(codec, amount);
    assertEquals(2, decoded.scale());
    assertEquals(amount, decoded);
    for (String text :
        List.of("0", "-0.000001", "1E+3", "123456789012345678901234567890.123456789")) {
      BigDecimal value = new BigDecimal(text);
      BigDecimal back = RoundTrip.of(codec, value);
      assertEquals(value, back);
      assertEquals(value.scale(), back.scale());
    }
  }

  @Test
  void bigIntegerAndUuidRoundTrip() {
    BigInteger big = BigInteger.TWO.pow(200).negate();
    assertEquals(big.toString(), Codecs.of(BigInteger.class).encode(big).getStringValue());
    assertEquals(big, RoundTrip.of(Codecs.of(BigInteger.class), big));
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertEquals(id.toString(), Codecs.of(UUID.class).encode(id).getStringValue());
    assertEquals(id, RoundTrip.of(Codecs.of(UUID.class), id));
    assertNull(RoundTrip.of(Codecs.of(UUID.class), null));
  }

  @Test
  void unparsableTextNamesTypeAndText() {
    Value text = Value.newBuilder().setStringValue("twelve").build();
    CodecException e =
        assertThrows(CodecException.class, () -> Codecs.of(BigDecimal.class).decode(text));
    assertTrue(e.getMessage().contains("java.math.BigDecimal"), e.getMessage());
    assertTrue(e.getMessage().contains("\"twelve\""), e.getMessage());
  }
}
