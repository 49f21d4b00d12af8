package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Each collection and map comes back as the class it was, in its order, with its behaviour. */
class CollectionKindsTest {

  enum Colour { RED, GREEN, BLUE }

  private static final Codec<Collection<String>> STRINGS =
      Codecs.of(new TypeRef<Collection<String>>() {});
  private static final Codec<Map<String, Integer>> MAP =
      Codecs.of(new TypeRef<Map<String, Integer>>() {});

  static Stream<Collection<String>> collections() {
    List<String> words = List.of("pear", "apple", "fig", "kiwi", "banana", "cherry");
    return Stream.of(new ArrayList<>(words), new LinkedList<>(words), new ArrayDeque<>(words),
        new HashSet<>(words), new LinkedHashSet<>(words), new TreeSet<>(words),
        reversed(words), List.of("one"), List.copyOf(words), words.stream().toList(),
        Set.of("one"), Set.copyOf(words),
        Collections.unmodifiableCollection(new ArrayList<>(words)),
        Collections.unmodifiableList(new ArrayList<>(words)),
        Collections.unmodifiableList(new LinkedList<>(words)),
        Collections.unmodifiableSet(new LinkedHashSet<>(words)),
        Collections.unmodifiableSortedSet(reversed(words)),
        Collections.unmodifiableNavigableSet(new TreeSet<>(words)),
        Collections.emptyList(), Collections.emptySet(), Arrays.asList("b", "a"));
  }

  private static TreeSet<String> reversed(List<String> words) {
    TreeSet<String> set = new TreeSet<>(Comparator.reverseOrder());
    set.addAll(words);
    return set;
  }

  @ParameterizedTest
  @MethodSource("collections")
  void eachCollectionComesBackAsItsClassInItsOrder(Collection<String> original) {
    Collection<String> restored = RoundTrip.of(STRINGS, original);
    assertSame(original.getClass(), restored.getClass());
    if (unspecifiedOrder(original)) {
      assertEquals(original, restored);
    } else {
      assertEquals(List.copyOf(original), List.copyOf(restored));
    }
  }

  /** Set.of and Map.of iterate in an order that each JVM picks at random. */
  private static boolean unspecifiedOrder(Object collection) {
    return collection.getClass() == Set.of().getClass() || collection.getClass() == Map.of().getClass();
  }

  @Test
  void aReverseOrderedTreeSetKeepsSortingInReverse() {
    TreeSet<String> restored = (TreeSet<String>) RoundTrip.of(STRINGS,
        reversed(List.of("a", "c")));
    restored.add("b");
    assertEquals(List.of("c", "b", "a"), List.copyOf(restored));
    assertSame(Comparator.reverseOrder(), restored.comparator());
  }

  @Test
  void immutableListsStayImmutable() {
    Collection<String> restored = RoundTrip.of(STRINGS, List.of("a", "b", "c"));
    assertThrows(UnsupportedOperationException.class, () -> restored.add("d"));
    Collection<String> view = RoundTrip.of(STRINGS, Collections.unmodifiableList(
        new ArrayList<>(List.of("a"))));
    assertThrows(UnsupportedOperationException.class, () -> view.add("d"));
  }

  @Test
  void aHashSetAddsLaterItemsWhereThePlainSetWould() {
    for (int size : new int[] {0, 1, 12, 13, 40, 200}) {
      Set<String> plain = new HashSet<>();
      IntStream.range(0, size).forEach(i -> plain.add("item-" + i * 7919));
      Set<String> restored = (Set<String>) RoundTrip.of(STRINGS, plain);
      assertSame(HashSet.class, restored.getClass());
      assertEquals(List.copyOf(plain), List.copyOf(restored), "size " + size);
      IntStream.range(0, 50).forEach(i -> {
        plain.add("later-" + i);
        restored.add("later-" + i);
      });
      assertEquals(List.copyOf(plain), List.copyOf(restored), "after adding to size " + size);
    }
  }

  @Test
  void aHashSetSizedOnPurposeKeepsItsOrder() {
    Set<String> plain = new HashSet<>(1024);
    IntStream.range(0, 30).forEach(i -> plain.add("k" + i));
    Set<String> restored = (Set<String>) RoundTrip.of(STRINGS, plain);
    assertEquals(List.copyOf(plain), List.copyOf(restored));
  }

  static Stream<Map<String, Integer>> maps() {
    Map<String, Integer> entries = new LinkedHashMap<>();
    for (String key : List.of("pear", "apple", "fig", "kiwi", "banana")) {
      entries.put(key, key.length());
    }
    TreeMap<String, Integer> reversed = new TreeMap<>(Comparator.reverseOrder());
    reversed.putAll(entries);
    return Stream.of(new HashMap<>(entries), new LinkedHashMap<>(entries), new TreeMap<>(entries),
        reversed, Map.of("one", 1), Map.copyOf(entries),
        Collections.unmodifiableMap(new LinkedHashMap<>(entries)),
        Collections.unmodifiableSortedMap(reversed),
        Collections.unmodifiableNavigableMap(new TreeMap<>(entries)), Collections.emptyMap());
  }

  @ParameterizedTest
  @MethodSource("maps")
  void eachMapComesBackAsItsClassInItsOrder(Map<String, Integer> original) {
    Map<String, Integer> restored = RoundTrip.of(MAP, original);
    assertSame(original.getClass(), restored.getClass());
    assertEquals(original, restored);
    if (!unspecifiedOrder(original)) {
      assertEquals(List.copyOf(original.entrySet()), List.copyOf(restored.entrySet()));
    }
  }

  @Test
  void anAccessOrderedLinkedHashMapKeepsReorderingOnRead() {
    for (int size : new int[] {0, 1, 3}) {
      Map<String, Integer> plain = new LinkedHashMap<>(16, 0.75f, true);
      IntStream.range(0, size).forEach(i -> plain.put("k" + i, i));
      Map<String, Integer> restored = RoundTrip.of(MAP, plain);
      assertEquals(List.copyOf(plain.keySet()), List.copyOf(restored.keySet()));
      for (Map<String, Integer> map : List.of(plain, restored)) {
        map.put("new", 9);
        map.put("other", 8);
        map.get("new");
      }
      assertEquals(List.copyOf(plain.keySet()), List.copyOf(restored.keySet()), "size " + size);
      assertEquals("new", List.copyOf(restored.keySet()).get(restored.size() - 1));
    }
    Map<String, Integer> insertionOrdered = RoundTrip.of(MAP, new LinkedHashMap<>(Map.of("a", 1)));
    insertionOrdered.put("b", 2);
    insertionOrdered.get("a");
    assertEquals(List.of("a", "b"), List.copyOf(insertionOrdered.keySet()));
  }

  @Test
  void enumSetsAndEnumMapsComeBackAsSuch() {
    Codec<Set<Colour>> sets = Codecs.of(new TypeRef<Set<Colour>>() {});
    Set<Colour> set = RoundTrip.of(sets, EnumSet.of(Colour.BLUE, Colour.RED));
    assertSame(EnumSet.of(Colour.RED).getClass(), set.getClass());
    assertEquals(List.of(Colour.RED, Colour.BLUE), List.copyOf(set));
    assertEquals(EnumSet.noneOf(Colour.class), RoundTrip.of(
        Codecs.of(new TypeRef<EnumSet<Colour>>() {}), EnumSet.noneOf(Colour.class)));
    Codec<Map<Colour, String>> maps = Codecs.of(new TypeRef<Map<Colour, String>>() {});
    EnumMap<Colour, String> original = new EnumMap<>(Colour.class);
    original.put(Colour.GREEN, "g");
    Map<Colour, String> map = RoundTrip.of(maps, original);
    assertSame(EnumMap.class, map.getClass());
    assertEquals(original, map);
  }

  @Test
  void aTreeMapWithALambdaComparatorIsRefusedNamingItsClassAndTheFix() {
    Map<String, Integer> byLength = new TreeMap<>(Comparator.comparing(String::length));
    byLength.put("ab", 2);
    CodecException e = assertThrows(CodecException.class, () -> MAP.encode(byLength));
    assertTrue(e.getMessage().contains("java.util.TreeMap ordered by"), e.getMessage());
    assertTrue(e.getMessage().contains("Comparator.reverseOrder()"), e.getMessage());
  }

  /** A subclass's overrides are code, which a restart could not bring back. */
  static final class Bounded<E> extends ArrayList<E> {}

  @Test
  void aSubclassOfASupportedCollectionIsRefused() {
    Bounded<String> bounded = new Bounded<>();
    CodecException e = assertThrows(CodecException.class, () -> STRINGS.encode(bounded));
    assertTrue(e.getMessage().contains(Bounded.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains("new ArrayList<>(items)"), e.getMessage());
    LinkedHashMap<String, Integer> cache = new LinkedHashMap<>() {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
        return size() > 2;
      }
    };
    assertThrows(CodecException.class, () -> MAP.encode(cache));
    assertThrows(CodecException.class, () -> STRINGS.encode(List.of("a", "b").subList(0, 1)));
  }

  @Test
  void recordsWrittenBeforeKindsDecodeByTheDeclaredType() {
    dev.resumable.proto.Value legacy = dev.resumable.proto.Value.newBuilder()
        .setListValue(dev.resumable.proto.ValueList.newBuilder()
            .addItems(dev.resumable.proto.Value.newBuilder().setStringValue("x")))
        .build();
    Collection<String> decoded = STRINGS.decode(legacy);
    assertSame(ArrayList.class, decoded.getClass());
    assertNull(STRINGS.decode(dev.resumable.proto.Value.getDefaultInstance()));
  }
}
