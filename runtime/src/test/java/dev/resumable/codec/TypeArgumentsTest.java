package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.proto.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Codecs of types that name a generic method's type variables, bound as a caller stated them. */
class TypeArgumentsTest {

  /** Stands for a generated state machine of {@code <K, V>}: captures types with its variables. */
  static final class Generic<K, V> {
    final TypeArguments arguments;

    Generic(TypeArguments arguments) {
      this.arguments = arguments;
    }

    Codec<Map<K, List<V>>> mapCodec() {
      return arguments.codec(new TypeCapture<Map<K, List<V>>>() {});
    }

    java.lang.reflect.Type listOfV() {
      return arguments.resolve(new TypeCapture<List<V>>() {});
    }
  }

  @Test
  void aCapturedTypeIsStoredByTheTypesItsVariablesAreBoundTo() {
    Generic<String, Integer> frame = new Generic<>(TypeArguments.of(String.class, Integer.class));
    Map<String, List<Integer>> value = Map.of("a", new ArrayList<>(List.of(1, 2)));
    Value stored = frame.mapCodec().encode(value);
    Map<String, List<Integer>> back = frame.mapCodec().decode(stored);
    assertEquals(value, back);
    assertEquals(ArrayList.class, back.get("a").getClass());
  }

  @Test
  void aCallerStatesItsOwnVariablesOnToItsCallee() {
    Generic<String, Integer> caller = new Generic<>(TypeArguments.of(String.class,
        new TypeRef<List<String>>() {}.type()));
    Generic<Integer, List<Integer>> callee = new Generic<>(TypeArguments.of(Integer.class,
        caller.listOfV()));
    assertEquals(new TypeRef<List<List<List<String>>>>() {}.type(), callee.listOfV());
  }

  @Test
  void anUnstatedTypeArgumentIsRefusedWhenAValueGoesThrough() {
    Generic<String, Object> frame = new Generic<>(TypeArguments.of(String.class,
        TypeArguments.unstated("V of keep at Flow.java:9 is java.lang.Object")));
    Codec<Map<String, List<Object>>> codec = frame.mapCodec();
    CodecException refused = assertThrows(CodecException.class,
        () -> codec.encode(Map.of(), GraphWriter.shared()));
    assertEquals("V of keep at Flow.java:9 is java.lang.Object", refused.getMessage());
  }

  @Test
  void nothingStatedIsRefusedNamingTheVariable() {
    Generic<String, Integer> frame = new Generic<>(TypeArguments.NONE);
    CodecException refused = assertThrows(CodecException.class,
        () -> frame.mapCodec().decode(Value.getDefaultInstance(), GraphReader.inline()));
    assertTrue(refused.getMessage().startsWith("nothing stated what type variable K is"),
        refused.getMessage());
  }

  @Test
  void anUnstatedArgumentIsPassedOnAsUnstated() {
    Generic<String, Object> caller = new Generic<>(TypeArguments.of(String.class,
        TypeArguments.unstated("why")));
    assertEquals("(unstated: why)", caller.listOfV().getTypeName());
  }
}
