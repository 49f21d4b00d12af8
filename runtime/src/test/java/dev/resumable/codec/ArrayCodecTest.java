package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.resumable.proto.Value;
import dev.resumable.proto.ValueList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrayCodecTest {

  record Point(int x, int y) {}

  @Test
  void primitiveArraysAreLists() {
    int[] ints = {Integer.MIN_VALUE, 0, 7, Integer.MAX_VALUE};
    Value encoded = Codecs.of(int[].class).encode(ints);
    assertEquals(Value.KindCase.LIST_VALUE, encoded.getKindCase());
    assertEquals(7, encoded.getListValue().getItems(2).getIntValue());
    assertArrayEquals(ints, RoundTrip.of(Codecs.of(int[].class), ints));

    long[] longs = {Long.MIN_VALUE, Long.MAX_VALUE};
    assertArrayEquals(longs, RoundTrip.of(Codecs.of(long[].class), longs));
    short[] shorts = {Short.MIN_VALUE, 1};
    assertArrayEquals(shorts, RoundTrip.of(Codecs.of(short[].class), shorts));
    char[] chars = {'a', '\uffff'};
    assertArrayEquals(chars, RoundTrip.of(Codecs.of(char[].class), chars));
    boolean[] booleans = {true, false, true};
    assertArrayEquals(booleans, RoundTrip.of(Codecs.of(boolean[].class), booleans));
    float[] floats = {Float.NaN, -0f, Float.MAX_VALUE};
    assertArrayEquals(floats, RoundTrip.of(Codecs.of(float[].class), floats));
    double[] doubles = {Double.NaN, -0d, Double.MIN_VALUE};
    assertArrayEquals(doubles, RoundTrip.of(Codecs.of(double[].class), doubles));
  }

  @Test
  void emptyAndNullArrays() {
    assertArrayEquals(new int[0], RoundTrip.of(Codecs.of(int[].class), new int[0]));
    assertArrayEquals(new String[0], RoundTrip.of(Codecs.of(String[].class), new String[0]));
    assertNull(RoundTrip.of(Codecs.of(int[].class), null));
  }

  @Test
  void objectArraysKeepNullElements() {
    String[] strings = {"a", null, "c"};
    String[] decoded = RoundTrip.of(Codecs.of(String[].class), strings);
    assertArrayEquals(strings, decoded);
    Point[] points = {new Point(1, 2), null};
    assertArrayEquals(points, RoundTrip.of(Codecs.of(Point[].class), points));
  }

  @Test
  void multiDimensionalArraysNest() {
    int[][] jagged = {{1, 2, 3}, {}, null, {4}};
    Value encoded = Codecs.of(int[][].class).encode(jagged);
    assertEquals(3, encoded.getListValue().getItems(0).getListValue().getItemsCount());
    assertEquals(Value.KindCase.KIND_NOT_SET, encoded.getListValue().getItems(2).getKindCase());
    assertArrayEquals(jagged, RoundTrip.of(Codecs.of(int[][].class), jagged));

    String[][][] cube = {{{"a"}, {"b", null}}, {{}}};
    String[][][] decoded = RoundTrip.of(Codecs.of(String[][][].class), cube);
    assertArrayEquals(cube, decoded);
    assertInstanceOf(String[][].class, decoded[0]);
  }

  @Test
  void arraysOfByteArraysAreListsOfBytes() {
    byte[][] chunks = {{1, 2}, {}, null};
    Value encoded = Codecs.of(byte[][].class).encode(chunks);
    assertEquals(Value.KindCase.BYTES_VALUE, encoded.getListValue().getItems(0).getKindCase());
    assertArrayEquals(chunks, RoundTrip.of(Codecs.of(byte[][].class), chunks));
  }

  @Test
  void genericArraysTakeTheirComponentType() {
    Codec<List<String>[]> codec = Codecs.of(new TypeRef<List<String>[]>() {});
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<String>[] lists = new List[] {List.of("a"), null, List.of()};
    List<String>[] decoded = RoundTrip.of(codec, lists);
    assertArrayEquals(lists, decoded);
  }

  @Test
  void nullItemInAPrimitiveArrayDecodesAsZero() {
    Value withUnset =
        Value.newBuilder()
            .setListValue(
                ValueList.newBuilder()
                    .addItems(Value.newBuilder().setIntValue(5))
                    .addItems(Value.getDefaultInstance()))
            .build();
    assertArrayEquals(new int[] {5, 0}, Codecs.of(int[].class).decode(withUnset));
  }

  @Test
  void wrongItemKindNamesTheItem() {
    Value wrong =
        Value.newBuilder()
            .setListValue(
                ValueList.newBuilder()
                    .addItems(Value.newBuilder().setIntValue(5))
                    .addItems(Value.newBuilder().setStringValue("six")))
            .build();
    CodecException e =
        assertThrows(CodecException.class, () -> Codecs.of(int[].class).decode(wrong));
    assertEquals(
        "cannot decode int from string_value: expected int_value\n  in item 1 of int[]",
        e.getMessage());
  }
}
