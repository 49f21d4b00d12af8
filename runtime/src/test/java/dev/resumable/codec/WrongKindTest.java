package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.proto.Failure;
import dev.resumable.proto.Fields;
import dev.resumable.proto.Value;
import dev.resumable.proto.ValueList;
import dev.resumable.proto.ValueMap;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WrongKindTest {

  record Point(int x, int y) {}

  enum Size {
    S
  }

  private static final Value STRING = Value.newBuilder().setStringValue("1").build();
  private static final Value INT = Value.newBuilder().setIntValue(1).build();
  private static final Value DOUBLE = Value.newBuilder().setDoubleValue(1).build();
  private static final Value BOOL = Value.newBuilder().setBoolValue(true).build();
  private static final Value LIST =
      Value.newBuilder().setListValue(ValueList.getDefaultInstance()).build();
  private static final Value MAP =
      Value.newBuilder().setMapValue(ValueMap.getDefaultInstance()).build();
  private static final Value RECORD =
      Value.newBuilder().setRecordValue(Fields.getDefaultInstance()).build();
  private static final Value ENUM = Value.newBuilder().setEnumValue("S").build();

  static Stream<Arguments> mismatches() {
    return Stream.of(
        Arguments.of(int.class, STRING, "int", "string_value"),
        Arguments.of(Long.class, DOUBLE, "java.lang.Long", "double_value"),
        Arguments.of(double.class, INT, "double", "int_value"),
        Arguments.of(boolean.class, INT, "boolean", "int_value"),
        Arguments.of(String.class, INT, "java.lang.String", "int_value"),
        Arguments.of(String.class, ENUM, "java.lang.String", "enum_value"),
        Arguments.of(BigDecimal.class, DOUBLE, "java.math.BigDecimal", "double_value"),
        Arguments.of(Instant.class, INT, "java.time.Instant", "int_value"),
        Arguments.of(byte[].class, STRING, "byte[]", "string_value"),
        Arguments.of(Failure.class, STRING, Failure.class.getName(), "string_value"),
        Arguments.of(Size.class, STRING, Size.class.getName(), "string_value"),
        Arguments.of(Point.class, MAP, Point.class.getName(), "map_value"),
        Arguments.of(int[].class, RECORD, "int[]", "record_value"),
        Arguments.of(
            new TypeRef<List<String>>() {}.type(),
            STRING,
            "java.util.List<java.lang.String>",
            "string_value"),
        Arguments.of(
            new TypeRef<Map<String, Integer>>() {}.type(),
            LIST,
            "java.util.Map<java.lang.String, java.lang.Integer>",
            "list_value"),
        Arguments.of(
            new TypeRef<Optional<String>>() {}.type(),
            BOOL,
            "java.util.Optional<java.lang.String>",
            "bool_value"));
  }

  @ParameterizedTest
  @MethodSource("mismatches")
  void decodingTheWrongKindNamesExpectedTypeAndFoundKind(
      Type type, Value value, String expectedType, String foundKind) {
    CodecException e = assertThrows(CodecException.class, () -> Codecs.forType(type).decode(value));
    assertTrue(
        e.getMessage().startsWith("cannot decode " + expectedType + " from " + foundKind),
        e.getMessage());
  }
}
