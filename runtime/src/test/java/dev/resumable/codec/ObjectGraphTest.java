package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.proto.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectGraphTest {

  record Holder(String name, List<Integer> numbers) {}

  record Node(String name, List<Node> children) {}

  private static final Codec<List<Integer>> INTS = Codecs.of(new TypeRef<List<Integer>>() {});
  private static final Codec<Map<String, List<Integer>>> GROUPS =
      Codecs.of(new TypeRef<Map<String, List<Integer>>>() {});

  @Test
  void twoReferencesToOneListAreOneListAgain() {
    List<Integer> shared = new ArrayList<>(List.of(1, 2));
    List<Object> decoded = new Graphs().add(INTS, shared).add(INTS, shared).roundTrip();
    assertSame(decoded.get(0), decoded.get(1));
    assertEquals(List.of(1, 2), decoded.get(0));
  }

  @Test
  void aListInsideAMapIsTheListAnotherValueHolds() {
    List<Integer> list = new ArrayList<>(List.of(7));
    Map<String, List<Integer>> groups = new HashMap<>(Map.of("a", list));
    List<Object> decoded = new Graphs().add(GROUPS, groups).add(INTS, list).roundTrip();
    @SuppressWarnings("unchecked")
    Map<String, List<Integer>> map = (Map<String, List<Integer>>) decoded.get(0);
    assertSame(map.get("a"), decoded.get(1));
    map.get("a").add(8);
    assertEquals(List.of(7, 8), decoded.get(1));
  }

  @Test
  void aRecordAndAListItHoldsStayConnected() {
    List<Integer> numbers = new ArrayList<>(List.of(3));
    Holder holder = new Holder("h", numbers);
    List<Object> decoded = new Graphs().add(Codecs.of(Holder.class), holder)
        .add(INTS, numbers).add(Codecs.of(Holder.class), holder).roundTrip();
    assertSame(((Holder) decoded.get(0)).numbers(), decoded.get(1));
    assertSame(decoded.get(0), decoded.get(2));
  }

  @Test
  void equalButDistinctListsStayDistinct() {
    List<Object> decoded = new Graphs().add(INTS, new ArrayList<>(List.of(1)))
        .add(INTS, new ArrayList<>(List.of(1))).roundTrip();
    assertNotSame(decoded.get(0), decoded.get(1));
    assertEquals(decoded.get(0), decoded.get(1));
  }

  @Test
  void aCycleEnteredThroughAListComesBackAsACycle() {
    List<Node> children = new ArrayList<>();
    Node root = new Node("root", children);
    children.add(root);
    Codec<List<Node>> nodes = Codecs.of(new TypeRef<List<Node>>() {});
    List<Object> decoded =
        new Graphs().add(nodes, children).add(Codecs.of(Node.class), root).roundTrip();
    Node restored = (Node) decoded.get(1);
    assertSame(decoded.get(0), restored.children());
    assertSame(restored, restored.children().get(0));
  }

  @Test
  void aCycleThroughARecordIsRefusedWhenStored() {
    List<Node> children = new ArrayList<>();
    Node root = new Node("root", children);
    children.add(root);
    CodecException e = assertThrows(CodecException.class,
        () -> new Graphs().add(Codecs.of(Node.class), root).roundTrip());
    assertTrue(e.getMessage().contains("refers back to itself"), e.getMessage());
  }

  record Key(String name, List<Set<Key>> back) {}

  @Test
  void aSetKeyThatContainsAPartlyRestoredListIsRefused() {
    List<Set<Key>> outer = new ArrayList<>();
    Set<Key> keys = new HashSet<>();
    keys.add(new Key("k", outer));
    outer.add(keys);
    CodecException e = assertThrows(CodecException.class, () -> new Graphs()
        .add(Codecs.of(new TypeRef<List<Set<Key>>>() {}), outer).roundTrip());
    assertTrue(e.getMessage().contains("hash code or order"), e.getMessage());
  }

  @Test
  void aValueStoredOnItsOwnKeepsTheSharingInsideIt() {
    List<Integer> shared = new ArrayList<>(List.of(1));
    Map<String, List<Integer>> groups = new HashMap<>(Map.of("a", shared, "b", shared));
    Map<String, List<Integer>> decoded = RoundTrip.of(GROUPS, groups);
    assertSame(decoded.get("a"), decoded.get("b"));
  }

  @Test
  void aReferenceOutsideTheTableIsAnError() {
    Value dangling = Value.newBuilder().setRef(3).build();
    CodecException e = assertThrows(CodecException.class,
        () -> INTS.decode(dangling, GraphReader.of(List.of())));
    assertTrue(e.getMessage().contains("refers to object 3"), e.getMessage());
  }

  @Test
  void sharedObjectsAreStoredOnce() {
    List<Integer> shared = new ArrayList<>(List.of(1, 2, 3));
    assertEquals(1, new Graphs().add(INTS, shared).add(INTS, shared).objectCount());
  }
}
