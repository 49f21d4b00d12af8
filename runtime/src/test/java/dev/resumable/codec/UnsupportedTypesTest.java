package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Type;
import java.sql.Connection;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnsupportedTypesTest {

  static final class Account {
    String owner;
  }

  record WithObject(String name, Object payload) {}

  record WithConnections(Map<String, List<Connection>> pools) {}

  record Box<T>(T value) {}

  static <T> Type listOfTypeVariable() {
    return new TypeRef<List<T>>() {}.type();
  }

  static Stream<Arguments> unsupported() {
    return Stream.of(
        Arguments.of(Object.class, "java.lang.Object"),
        Arguments.of(Connection.class, "java.sql.Connection"),
        Arguments.of(Runnable.class, "java.lang.Runnable"),
        Arguments.of(Number.class, "java.lang.Number"),
        Arguments.of(Enum.class, "java.lang.Enum"),
        Arguments.of(Thread.class, "java.lang.Thread"),
        Arguments.of(StringBuilder.class, "java.lang.StringBuilder"),
        Arguments.of(Account.class, Account.class.getName()),
        Arguments.of(void.class, "void"),
        Arguments.of(Object[].class, "java.lang.Object"),
        Arguments.of(List.class, "raw type java.util.List"),
        Arguments.of(Map.class, "raw type java.util.Map"),
        Arguments.of(Box.class, "raw type " + Box.class.getName()),
        Arguments.of(new TypeRef<List<?>>() {}.type(), "wildcard type ?"),
        Arguments.of(
            new TypeRef<List<? extends CharSequence>>() {}.type(),
            "wildcard type ? extends java.lang.CharSequence"),
        Arguments.of(listOfTypeVariable(), "type variable T"),
        Arguments.of(new TypeRef<List<Object>>() {}.type(), "java.lang.Object"),
        Arguments.of(new TypeRef<Map<Object, String>>() {}.type(), "java.lang.Object"),
        Arguments.of(new TypeRef<Map<String, Runnable>>() {}.type(), "java.lang.Runnable"),
        Arguments.of(new TypeRef<Optional<Thread>>() {}.type(), "java.lang.Thread"),
        Arguments.of(new TypeRef<Box<Object>>() {}.type(), "java.lang.Object"),
        Arguments.of(
            new TypeRef<Supplier<String>>() {}.type(),
            "java.util.function.Supplier<java.lang.String>"),
        Arguments.of(new TypeRef<Iterable<String>>() {}.type(), "java.lang.Iterable"),
        Arguments.of(new TypeRef<PriorityQueue<String>>() {}.type(), "java.util.PriorityQueue"),
        Arguments.of(new TypeRef<AbstractList<String>>() {}.type(), "java.util.AbstractList"),
        Arguments.of(WithObject.class, "java.lang.Object"),
        Arguments.of(WithConnections.class, "java.sql.Connection"));
  }

  @ParameterizedTest
  @MethodSource("unsupported")
  void codecConstructionFailsNamingTheType(Type type, String named) {
    CodecException e = assertThrows(CodecException.class, () -> Codecs.forType(type));
    assertTrue(e.getMessage().startsWith("cannot persist values of "), e.getMessage());
    assertTrue(e.getMessage().contains(named), e.getMessage());
  }

  @Test
  void messageSaysWhatToDoInstead() {
    CodecException e = assertThrows(CodecException.class, () -> Codecs.of(Connection.class));
    assertEquals(
        "cannot persist values of type java.sql.Connection: it does not say which class to create"
            + " when decoding; use a record, enum, String, number, java.time type, collection or"
            + " protobuf message, or keep it out of locals that live across a wait",
        e.getMessage());
  }

  @Test
  void nestedFailureSaysWhereTheTypeWasFound() {
    CodecException e = assertThrows(CodecException.class, () -> Codecs.of(WithConnections.class));
    String pools = "java.util.Map<java.lang.String, java.util.List<java.sql.Connection>>";
    assertTrue(
        e.getMessage()
            .endsWith(
                "\n  in items of java.util.List<java.sql.Connection>"
                    + "\n  in values of "
                    + pools
                    + "\n  in component pools of "
                    + WithConnections.class.getName()),
        e.getMessage());
  }

  @Test
  void rawTypeMessageShowsHowToGiveEveryTypeArgument() {
    CodecException e = assertThrows(CodecException.class, () -> Codecs.of(Map.class));
    assertTrue(e.getMessage().endsWith("new TypeRef<Map<String, String>>() {}"), e.getMessage());
  }

  @Test
  void failedTypeIsNotCachedAsUsable() {
    assertThrows(CodecException.class, () -> Codecs.of(WithObject.class));
    assertThrows(CodecException.class, () -> Codecs.of(WithObject.class));
  }
}
