package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.proto.Value;
import org.junit.jupiter.api.Test;

class ThrowableCodecTest {

  /** Not registered anywhere: code never names it in a catch clause. */
  static final class Unnamed extends IllegalStateException {
    Unnamed(String message) {
      super(message);
    }
  }

  /** Registered, but only through its own static type. */
  public static final class Named extends RuntimeException {
    public Named(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static <T> T roundTrip(Codec<T> codec, T value) throws Exception {
    return codec.decode(Value.parseFrom(codec.encode(value).toByteArray()));
  }

  @Test
  void knownClassIsRestoredWithMessageStackAndCause() throws Exception {
    Codec<Named> codec = Codecs.of(Named.class);
    Named original = new Named("outer", new IllegalArgumentException("inner"));
    Named restored = roundTrip(codec, original);
    assertEquals("outer", restored.getMessage());
    assertArrayEquals(frames(original), frames(restored));
    assertEquals(IllegalArgumentException.class, restored.getCause().getClass());
    assertEquals("inner", restored.getCause().getMessage());
  }

  /** What a stored frame keeps: class, method, file and line (not class loader or module). */
  private static String[] frames(Throwable thrown) {
    return java.util.Arrays.stream(thrown.getStackTrace())
        .map(e -> e.getClassName() + "#" + e.getMethodName() + ":" + e.getFileName() + ":"
            + e.getLineNumber())
        .toArray(String[]::new);
  }

  @Test
  void unknownClassIsRestoredAsItsNearestKnownSuperclass() throws Exception {
    Codec<RuntimeException> codec = Codecs.of(RuntimeException.class);
    RuntimeException restored = roundTrip(codec, new Unnamed("state"));
    assertSame(IllegalStateException.class, restored.getClass());
    assertEquals("state", restored.getMessage());
  }

  @Test
  void nullStaysNull() throws Exception {
    assertNull(roundTrip(Codecs.of(Exception.class), null));
  }

  @Test
  void dataNamingOnlyUnknownClassesIsRefused() throws Exception {
    Codec<Named> codec = Codecs.of(Named.class);
    Value stored = Codecs.of(Throwable.class).encode(new Unnamed("x"));
    CodecException e = assertThrows(CodecException.class, () -> codec.decode(stored));
    assertTrue(e.getMessage().contains(Named.class.getName()), e.getMessage());
  }

  @Test
  void suppressedExceptionsAreRestoredInOrderWithTheirOwnMessages() throws Exception {
    IllegalStateException primary = new IllegalStateException("body failed");
    primary.addSuppressed(new IllegalArgumentException("close failed"));
    primary.addSuppressed(new ArithmeticException("second close failed"));
    IllegalStateException restored = roundTrip(Codecs.of(IllegalStateException.class), primary);
    Throwable[] suppressed = restored.getSuppressed();
    assertEquals(2, suppressed.length);
    assertSame(IllegalArgumentException.class, suppressed[0].getClass());
    assertEquals("close failed", suppressed[0].getMessage());
    assertSame(ArithmeticException.class, suppressed[1].getClass());
    assertEquals("second close failed", suppressed[1].getMessage());
    assertArrayEquals(frames(primary.getSuppressed()[1]), frames(suppressed[1]));
  }

  /** Encodes into one graph and decodes from it, as a waiting instance's frames are. */
  private static <T> T throughOneGraph(Codec<T> codec, T value) throws Exception {
    GraphWriter graph = GraphWriter.shared();
    Value root = codec.encode(value, graph);
    java.util.List<Value> objects = new java.util.ArrayList<>();
    for (Value object : graph.objects()) {
      objects.add(Value.parseFrom(object.toByteArray()));
    }
    return codec.decode(Value.parseFrom(root.toByteArray()), GraphReader.of(objects));
  }

  @Test
  void anExceptionThatIsCauseAndSuppressedComesBackAsOne() throws Exception {
    IllegalArgumentException shared = new IllegalArgumentException("shared");
    IllegalStateException top = new IllegalStateException("top", shared);
    top.addSuppressed(shared);
    IllegalStateException restored = throughOneGraph(Codecs.of(IllegalStateException.class), top);
    assertSame(restored.getCause(), restored.getSuppressed()[0]);
    // Stored on its own, as a result is, the sharing is kept too.
    IllegalStateException alone = roundTrip(Codecs.of(IllegalStateException.class), top);
    assertSame(alone.getCause(), alone.getSuppressed()[0]);
  }

  @Test
  void exceptionsThatSuppressEachOtherComeBack() throws Exception {
    IllegalStateException a = new IllegalStateException("a");
    IllegalArgumentException b = new IllegalArgumentException("b");
    a.addSuppressed(b);
    b.addSuppressed(a);
    IllegalStateException restored = throughOneGraph(Codecs.of(IllegalStateException.class), a);
    assertSame(restored, restored.getSuppressed()[0].getSuppressed()[0]);
    assertEquals("b", restored.getSuppressed()[0].getMessage());
  }

  @Test
  void everyCauseOfALongChainComesBack() throws Exception {
    RuntimeException chain = new RuntimeException("0");
    for (int i = 1; i <= 20; i++) {
      chain = new RuntimeException(String.valueOf(i), chain);
    }
    int depth = 0;
    for (Throwable t = roundTrip(Codecs.of(RuntimeException.class), chain); t != null;
        t = t.getCause()) {
      depth++;
    }
    assertEquals(21, depth);
  }

  @Test
  void aChainOfCausesThatLeadsBackIsRefused() {
    IllegalStateException a = new IllegalStateException("a");
    IllegalArgumentException b = new IllegalArgumentException("b", a);
    a.initCause(b);
    CodecException refused = assertThrows(CodecException.class,
        () -> Codecs.of(IllegalStateException.class).encode(a, GraphWriter.shared()));
    assertTrue(refused.getMessage().contains("refers back to itself"), refused.getMessage());
  }
}
