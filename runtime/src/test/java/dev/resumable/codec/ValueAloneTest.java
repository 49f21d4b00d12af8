package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.proto.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value stored on its own (a result, a payload, arguments) keeps the sharing inside it, by a
 * graph of its own; one without sharing is stored inline, as before graphs.
 */
class ValueAloneTest {

  record Pair(List<String> left, List<String> right) {}

  record Node(String name, List<Node> next) {}

  private static final Codec<Pair> PAIR = Codecs.of(Pair.class);
  private static final Codec<List<Node>> NODES = Codecs.of(new TypeRef<List<Node>>() {});

  private static <T> T throughBytes(Codec<T> codec, T value) {
    return codec.decode(RoundTrip.throughBytes(codec.encode(value)));
  }

  @Test
  void aListHeldTwiceInARecordIsOneListAgain() {
    List<String> shared = new ArrayList<>(List.of("a"));
    Pair decoded = throughBytes(PAIR, new Pair(shared, shared));
    assertSame(decoded.left(), decoded.right());
    decoded.left().add("b");
    assertEquals(List.of("a", "b"), decoded.right());
  }

  @Test
  void equalListsStayTwoAndAreStoredInlineAsBefore() {
    Pair pair = new Pair(new ArrayList<>(List.of("a")), new ArrayList<>(List.of("a")));
    Value encoded = PAIR.encode(pair);
    assertEquals(PAIR.encode(pair, GraphWriter.inline()), encoded);
    assertFalse(encoded.hasGraph());
    Pair decoded = throughBytes(PAIR, pair);
    assertNotSame(decoded.left(), decoded.right());
  }

  @Test
  void aCycleThroughAMutableListComesBack() {
    List<Node> nodes = new ArrayList<>();
    nodes.add(new Node("n", nodes));
    List<Node> decoded = throughBytes(NODES, nodes);
    assertSame(decoded, decoded.get(0).next());
  }

  @Test
  void aValueStoredBeforeGraphsWithTheListTwiceDecodesAsTheCopiesItStored() {
    List<String> shared = new ArrayList<>(List.of("a"));
    Value old = PAIR.encode(new Pair(shared, shared), GraphWriter.inline());
    Pair decoded = PAIR.decode(RoundTrip.throughBytes(old));
    assertEquals(decoded.left(), decoded.right());
    assertNotSame(decoded.left(), decoded.right());
  }

  @Test
  void aViewAndItsListInOneValueAreRefused() {
    List<String> items = new ArrayList<>(List.of("a"));
    CodecException e = assertThrows(CodecException.class,
        () -> PAIR.encode(new Pair(Collections.unmodifiableList(items), items)));
    assertTrue(e.getMessage().startsWith("cannot keep both an object inside the stored value"),
        e.getMessage());
  }

  @Test
  void aGraphInsideAGraphIsRejectedAsDamaged() {
    List<String> shared = new ArrayList<>(List.of("a"));
    Value graph = PAIR.encode(new Pair(shared, shared));
    Value nested = Value.newBuilder().setGraph(graph.getGraph().toBuilder().setRoot(graph))
        .build();
    assertThrows(CodecException.class, () -> PAIR.decode(nested));
  }
}
