package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CodecsTest {

  record Tree(String label, List<Tree> children, Map<String, Tree> named) {}

  record Wrapper<T>(List<T> items, T[] array) {}

  record Cycle(Cycle next, Object broken) {}

  @Test
  void codecIsBuiltOncePerType() {
    assertSame(Codecs.of(String.class), Codecs.of(String.class));
    assertSame(
        Codecs.of(new TypeRef<Map<String, List<Integer>>>() {}),
        Codecs.of(new TypeRef<Map<String, List<Integer>>>() {}));
    assertSame(
        Codecs.forType(new TypeRef<List<String>>() {}.type()),
        Codecs.of(new TypeRef<List<String>>() {}));
    assertSame(Codecs.forType(int.class), Codecs.of(int.class));
  }

  @Test
  void resolvedTypesEqualTheJdksOwn() {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    bindings.put(Wrapper.class.getTypeParameters()[0], String.class);
    Type items = Wrapper.class.getRecordComponents()[0].getGenericType();
    Type resolved = Types.resolve(items, bindings);
    Type jdk = new TypeRef<List<String>>() {}.type();
    assertEquals(jdk, resolved);
    assertEquals(resolved, jdk);
    assertEquals(jdk.hashCode(), resolved.hashCode());
    assertEquals(jdk.getTypeName(), resolved.getTypeName());

    Type array = Wrapper.class.getRecordComponents()[1].getGenericType();
    assertEquals(String[].class, Types.resolve(array, bindings));
  }

  @Test
  void resolvedNestedGenericArraysEqualTheJdksOwn() {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    bindings.put(Wrapper.class.getTypeParameters()[0], new TypeRef<List<Integer>>() {}.type());
    Type array = Wrapper.class.getRecordComponents()[1].getGenericType();
    Type jdk = new TypeRef<List<Integer>[]>() {}.type();
    assertEquals(jdk, Types.resolve(array, bindings));
    assertEquals(jdk.hashCode(), Types.resolve(array, bindings).hashCode());
  }

  @Test
  void failureInsideARecursiveRecordLeavesNothingHalfBuilt() {
    CodecException e = assertThrows(CodecException.class, () -> Codecs.of(Cycle.class));
    assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
    assertThrows(CodecException.class, () -> Codecs.of(Cycle.class));
  }

  @Test
  void concurrentFirstUseGetsOneWorkingCodec() throws Exception {
    Tree tree =
        new Tree(
            "root",
            List.of(new Tree("leaf", List.of(), Map.of())),
            Map.of("self", new Tree("x", null, null)));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Codec<Tree>>> tasks = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        tasks.add(
            () -> {
              Codec<Tree> codec = Codecs.of(Tree.class);
              assertEquals(tree, RoundTrip.of(codec, tree));
              return codec;
            });
      }
      Codec<Tree> first = null;
      for (Future<Codec<Tree>> result : pool.invokeAll(tasks)) {
        first = first == null ? result.get() : first;
        assertSame(first, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void nullTypeIsRejected() {
    assertThrows(NullPointerException.class, () -> Codecs.forType(null));
    assertThrows(NullPointerException.class, () -> Codecs.of((Class<?>) null));
    assertThrows(NullPointerException.class, () -> Codecs.of((TypeRef<?>) null));
  }

  @Test
  void decodingAJavaNullIsRejected() {
    assertThrows(NullPointerException.class, () -> Codecs.of(String.class).decode(null));
  }
}
