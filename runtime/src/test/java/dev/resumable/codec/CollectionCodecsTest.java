package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.proto.MapEntry;
import dev.resumable.proto.Value;
import dev.resumable.proto.ValueList;
import dev.resumable.proto.ValueMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CollectionCodecsTest {

  record Item(String sku, int quantity, BigDecimal price) {}

  record Point(int x, int y) {}

  enum Size {
    S,
    M,
    L
  }

  static Stream<Arguments> collections() {
    return Stream.of(
        Arguments.of(new TypeRef<Collection<String>>() {}, ArrayList.class),
        Arguments.of(new TypeRef<List<String>>() {}, ArrayList.class),
        Arguments.of(new TypeRef<ArrayList<String>>() {}, ArrayList.class),
        Arguments.of(new TypeRef<LinkedList<String>>() {}, LinkedList.class),
        Arguments.of(new TypeRef<Set<String>>() {}, LinkedHashSet.class),
        Arguments.of(new TypeRef<HashSet<String>>() {}, LinkedHashSet.class),
        Arguments.of(new TypeRef<LinkedHashSet<String>>() {}, LinkedHashSet.class),
        Arguments.of(new TypeRef<SortedSet<String>>() {}, TreeSet.class),
        Arguments.of(new TypeRef<NavigableSet<String>>() {}, TreeSet.class),
        Arguments.of(new TypeRef<TreeSet<String>>() {}, TreeSet.class));
  }

  @ParameterizedTest
  @MethodSource("collections")
  void collectionDecodesToAMutableInstanceOfTheListedClass(TypeRef<?> type, Class<?> decodedClass) {
    @SuppressWarnings("unchecked")
    Codec<Collection<String>> codec = (Codec<Collection<String>>) Codecs.of(type);
    Collection<String> value = decodedClass == TreeSet.class ? new TreeSet<>() : new ArrayList<>();
    value.addAll(List.of("pear", "apple", "fig"));
    if (decodedClass == LinkedHashSet.class) {
      value = new LinkedHashSet<>(value);
    } else if (decodedClass == LinkedList.class) {
      value = new LinkedList<>(value);
    }

    Value encoded = codec.encode(value);
    assertEquals(List.copyOf(value), strings(encoded.getListValue()));
    Collection<String> decoded = RoundTrip.of(codec, value);
    assertSame(decodedClass, decoded.getClass());
    assertEquals(List.copyOf(value), List.copyOf(decoded));
    decoded.add("kiwi");
    assertTrue(decoded.contains("kiwi"));
    assertNull(RoundTrip.of(codec, null));
  }

  static Stream<Arguments> maps() {
    return Stream.of(
        Arguments.of(new TypeRef<Map<String, Integer>>() {}, LinkedHashMap.class),
        Arguments.of(new TypeRef<HashMap<String, Integer>>() {}, LinkedHashMap.class),
        Arguments.of(new TypeRef<LinkedHashMap<String, Integer>>() {}, LinkedHashMap.class),
        Arguments.of(new TypeRef<SortedMap<String, Integer>>() {}, TreeMap.class),
        Arguments.of(new TypeRef<NavigableMap<String, Integer>>() {}, TreeMap.class),
        Arguments.of(new TypeRef<TreeMap<String, Integer>>() {}, TreeMap.class));
  }

  @ParameterizedTest
  @MethodSource("maps")
  void mapDecodesToAMutableInstanceOfTheListedClass(TypeRef<?> type, Class<?> decodedClass) {
    @SuppressWarnings("unchecked")
    Codec<Map<String, Integer>> codec = (Codec<Map<String, Integer>>) Codecs.of(type);
    Map<String, Integer> value =
        decodedClass == TreeMap.class ? new TreeMap<>() : new LinkedHashMap<>();
    value.put("pear", 3);
    value.put("apple", 1);
    value.put("fig", null);

    Value encoded = codec.encode(value);
    List<String> keys =
        encoded.getMapValue().getEntriesList().stream()
            .map(e -> e.getKey().getStringValue())
            .toList();
    assertEquals(List.copyOf(value.keySet()), keys);
    Map<String, Integer> decoded = RoundTrip.of(codec, value);
    assertSame(decodedClass, decoded.getClass());
    assertEquals(value, decoded);
    assertEquals(List.copyOf(value.keySet()), List.copyOf(decoded.keySet()));
    decoded.put("kiwi", 4);
    assertEquals(4, decoded.get("kiwi"));
    assertNull(RoundTrip.of(codec, null));
  }

  @Test
  void immutableCollectionsStayImmutable() {
    Codec<List<Integer>> codec = Codecs.of(new TypeRef<List<Integer>>() {});
    List<Integer> decoded = RoundTrip.of(codec, List.of(1, 2, 3));
    assertEquals(List.of(1, 2, 3), decoded);
    assertSame(List.of(1, 2, 3).getClass(), decoded.getClass());
    assertThrows(UnsupportedOperationException.class, () -> decoded.add(4));
  }

  @Test
  void nullElementsKeysAndValuesRoundTrip() {
    Codec<List<String>> list = Codecs.of(new TypeRef<List<String>>() {});
    List<String> withNull = Arrays.asList("a", null, "c");
    assertEquals(withNull, RoundTrip.of(list, withNull));

    Codec<Map<String, String>> map = Codecs.of(new TypeRef<Map<String, String>>() {});
    Map<String, String> nulls = new HashMap<>();
    nulls.put(null, "no key");
    nulls.put("no value", null);
    assertEquals(nulls, RoundTrip.of(map, nulls));
  }

  @Test
  void primitiveElementsKeepTheirBoxType() {
    Codec<List<Long>> longs = Codecs.of(new TypeRef<List<Long>>() {});
    List<Long> value = List.of(1L, Long.MAX_VALUE);
    assertEquals(value, RoundTrip.of(longs, value));
    Codec<Set<Character>> chars = Codecs.of(new TypeRef<Set<Character>>() {});
    assertEquals(Set.of('x', 'y'), RoundTrip.of(chars, Set.of('x', 'y')));
  }

  @Test
  void nestedGenericsRoundTrip() {
    Codec<Map<String, List<Item>>> codec = Codecs.of(new TypeRef<Map<String, List<Item>>>() {});
    Map<String, List<Item>> orders = new LinkedHashMap<>();
    orders.put(
        "alice", List.of(new Item("A-1", 2, new BigDecimal("9.90")), new Item("B-7", 1, null)));
    orders.put("bob", List.of());
    orders.put("carol", null);
    assertEquals(orders, RoundTrip.of(codec, orders));

    Codec<List<Map<Size, Set<Integer>>>> deep =
        Codecs.of(new TypeRef<List<Map<Size, Set<Integer>>>>() {});
    List<Map<Size, Set<Integer>>> value = List.of(Map.of(Size.S, Set.of(1)), Map.of());
    assertEquals(value, RoundTrip.of(deep, value));
  }

  @Test
  void keysMayBeRecordsEnumsOrCollections() {
    Codec<Map<Point, String>> byPoint = Codecs.of(new TypeRef<Map<Point, String>>() {});
    Map<Point, String> points = Map.of(new Point(1, 2), "a", new Point(-3, 0), "b");
    assertEquals(points, RoundTrip.of(byPoint, points));

    Codec<TreeMap<Size, Integer>> bySize = Codecs.of(new TypeRef<TreeMap<Size, Integer>>() {});
    TreeMap<Size, Integer> sizes = new TreeMap<>(Map.of(Size.L, 3, Size.S, 1));
    assertEquals(sizes, RoundTrip.of(bySize, sizes));

    Codec<Map<List<Integer>, String>> byList =
        Codecs.of(new TypeRef<Map<List<Integer>, String>>() {});
    Map<List<Integer>, String> lists = Map.of(List.of(1, 2), "x");
    assertEquals(lists, RoundTrip.of(byList, lists));
  }

  @Test
  void sortedSetDecodesInNaturalOrderWhateverTheDataOrder() {
    Value unordered =
        Value.newBuilder()
            .setListValue(
                ValueList.newBuilder()
                    .addItems(Value.newBuilder().setIntValue(3))
                    .addItems(Value.newBuilder().setIntValue(1))
                    .addItems(Value.newBuilder().setIntValue(2)))
            .build();
    SortedSet<Integer> decoded = Codecs.of(new TypeRef<SortedSet<Integer>>() {}).decode(unordered);
    assertEquals(List.of(1, 2, 3), List.copyOf(decoded));
  }

  @Test
  void elementOfTheWrongRuntimeTypeIsACodecException() {
    List<Object> raw = new ArrayList<>(List.of("a", 7));
    @SuppressWarnings("unchecked")
    List<String> polluted = (List<String>) (List<?>) raw;
    CodecException e =
        assertThrows(
            CodecException.class, () -> Codecs.of(new TypeRef<List<String>>() {}).encode(polluted));
    assertTrue(e.getMessage().contains("java.lang.Integer"), e.getMessage());
    assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
    assertTrue(
        e.getMessage().contains("item 1 of java.util.List<java.lang.String>"), e.getMessage());
  }

  @Test
  void mapValueOfTheWrongRuntimeTypeIsACodecException() {
    Map<String, Object> raw = Map.of("k", 1.5);
    @SuppressWarnings("unchecked")
    Map<String, Integer> polluted = (Map<String, Integer>) (Map<String, ?>) raw;
    CodecException e =
        assertThrows(
            CodecException.class,
            () -> Codecs.of(new TypeRef<Map<String, Integer>>() {}).encode(polluted));
    assertTrue(e.getMessage().contains("java.lang.Double"), e.getMessage());
  }

  @Test
  void sortedCollectionOfNonComparableElementsIsRejected() {
    CodecException e =
        assertThrows(CodecException.class, () -> Codecs.of(new TypeRef<TreeSet<Point>>() {}));
    assertTrue(e.getMessage().contains(Point.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains("Comparable"), e.getMessage());
    assertThrows(CodecException.class, () -> Codecs.of(new TypeRef<SortedMap<Point, String>>() {}));
  }

  @Test
  void nullInASortedCollectionIsACodecException() {
    Value withNull =
        Value.newBuilder()
            .setListValue(ValueList.newBuilder().addItems(Value.getDefaultInstance()))
            .build();
    assertThrows(
        CodecException.class, () -> Codecs.of(new TypeRef<TreeSet<String>>() {}).decode(withNull));
    Value nullKey =
        Value.newBuilder()
            .setMapValue(
                ValueMap.newBuilder()
                    .addEntries(MapEntry.newBuilder().setValue(Value.newBuilder().setIntValue(1))))
            .build();
    assertThrows(
        CodecException.class,
        () -> Codecs.of(new TypeRef<TreeMap<String, Integer>>() {}).decode(nullKey));
  }

  private static List<String> strings(ValueList list) {
    return list.getItemsList().stream().map(Value::getStringValue).toList();
  }
}
