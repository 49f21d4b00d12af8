package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeRefTest {

  static class StringRef extends TypeRef<String> {}

  static class Capturing<T> extends TypeRef<T> {}

  @Test
  void capturesTheTypeArgument() {
    TypeRef<Map<String, List<Integer>>> ref = new TypeRef<>() {};
    ParameterizedType type = (ParameterizedType) ref.type();
    assertEquals(Map.class, type.getRawType());
    assertEquals(
        "java.util.Map<java.lang.String, java.util.List<java.lang.Integer>>", ref.toString());
  }

  @Test
  void capturesThroughANamedSubclass() {
    assertEquals(String.class, new StringRef().type());
    assertEquals(String.class, new StringRef() {}.type());
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"})
  void rawCreationIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new TypeRef() {});
    assertTrue(e.getMessage().contains("new TypeRef<List<String>>() {}"), e.getMessage());
  }

  @Test
  void capturingATypeVariableIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Capturing<String>());
    assertTrue(e.getMessage().contains("type variable T"), e.getMessage());
  }

  @Test
  void equalWhenTheTypesAreEqual() {
    assertEquals(new TypeRef<List<String>>() {}, new TypeRef<List<String>>() {});
    assertEquals(
        new TypeRef<List<String>>() {}.hashCode(), new TypeRef<List<String>>() {}.hashCode());
    assertNotEquals(new TypeRef<List<String>>() {}, new TypeRef<List<Integer>>() {});
  }
}
