package dev.resumable.codec;

import dev.resumable.proto.MapKind;
import dev.resumable.proto.Order;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The map classes kept exactly across a wait, each by a {@link MapKind}: what a map is when it is
 * stored, and how it is created again. Classes are compared exactly, so a subclass (say, a
 * LinkedHashMap that overrides removeEldestEntry) is refused rather than restored as its
 * superclass.
 */
final class MapKinds {

  private static final Map<Class<?>, MapKind> BY_CLASS = Map.ofEntries(
      Map.entry(HashMap.class, MapKind.HASH_MAP),
      Map.entry(LinkedHashMap.class, MapKind.LINKED_HASH_MAP),
      Map.entry(TreeMap.class, MapKind.TREE_MAP),
      Map.entry(EnumMap.class, MapKind.ENUM_MAP),
      Map.entry(Map.of().getClass(), MapKind.IMMUTABLE_MAP),
      Map.entry(Map.of(1, 1).getClass(), MapKind.IMMUTABLE_MAP),
      Map.entry(Collections.unmodifiableMap(new HashMap<>()).getClass(),
          MapKind.UNMODIFIABLE_MAP),
      Map.entry(Collections.unmodifiableSortedMap(new TreeMap<>()).getClass(),
          MapKind.UNMODIFIABLE_SORTED_MAP),
      Map.entry(Collections.unmodifiableNavigableMap(new TreeMap<>()).getClass(),
          MapKind.UNMODIFIABLE_NAVIGABLE_MAP),
      Map.entry(Collections.emptyMap().getClass(), MapKind.EMPTY_MAP));

  private MapKinds() {}

  /** The kind of {@code map} as its class says (never the access-ordered one), or null. */
  static MapKind find(Map<?, ?> map) {
    return BY_CLASS.get(map.getClass());
  }

  /** The kind of {@code map}; refuses a class the engine cannot create again exactly. */
  static MapKind of(Map<?, ?> map) {
    MapKind kind = BY_CLASS.get(map.getClass());
    if (kind == null) {
      throw new CodecException("cannot keep a " + map.getClass().getName() + " across a wait:"
          + " it is not one of the map classes restored exactly (HashMap, LinkedHashMap, TreeMap,"
          + " EnumMap, Map.of, Collections.unmodifiable*, Collections.emptyMap); copy it into one"
          + " of them before the wait, e.g. new LinkedHashMap<>(map)");
    }
    if ((kind == MapKind.UNMODIFIABLE_SORTED_MAP || kind == MapKind.UNMODIFIABLE_NAVIGABLE_MAP)
        && !CollectionKinds.overWholeTree(map.keySet())) {
      throw new CodecException("cannot keep a " + map.getClass().getName() + " over a range of a"
          + " sorted map (a subMap, headMap or tailMap) across a wait: it would come back without"
          + " the range it is limited to, so that asking it for a wider range no longer fails;"
          + " copy it before the wait, e.g. new TreeMap<>(view)");
    }
    if (kind == MapKind.LINKED_HASH_MAP && inAccessOrder((LinkedHashMap<?, ?>) map)) {
      return MapKind.LINKED_HASH_MAP_ACCESS_ORDER;
    }
    return kind;
  }

  static Order orderOf(Map<?, ?> map) {
    return map instanceof SortedMap<?, ?> sorted ? Orders.of(sorted.comparator(), map)
        : Order.NATURAL;
  }

  /**
   * Whether {@code map} moves an entry to its end when it is read. The flag is private, so a clone
   * (which keeps it) is emptied and probed; the map itself is not touched.
   */
  @SuppressWarnings("unchecked")
  private static boolean inAccessOrder(LinkedHashMap<?, ?> map) {
    LinkedHashMap<Object, Object> probe = (LinkedHashMap<Object, Object>) map.clone();
    probe.clear();
    Object first = new Object();
    probe.put(first, first);
    probe.put(new Object(), first);
    probe.get(first);
    return probe.keySet().iterator().next() != first;
  }

  /** Whether a map of this kind is created empty before its values are decoded. */
  static boolean filledAfterCreation(MapKind kind) {
    switch (kind) {
      case HASH_MAP:
      case LINKED_HASH_MAP:
      case LINKED_HASH_MAP_ACCESS_ORDER:
      case TREE_MAP:
      case ENUM_MAP:
        return true;
      default:
        return false;
    }
  }

  /** A new, empty map of a kind filled after creation, sized for {@code keys}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Map<Object, Object> createEmpty(MapKind kind, Order order, List<Object> keys,
      Class<?> enumClass) {
    int linkedCapacity = Math.max((int) (keys.size() / 0.75f) + 1, 16);
    switch (kind) {
      case HASH_MAP:
        return keys.isEmpty() ? new HashMap<>() : new HashMap<>(HashTables.capacityFor(keys));
      case LINKED_HASH_MAP:
        return new LinkedHashMap<>(linkedCapacity);
      case LINKED_HASH_MAP_ACCESS_ORDER:
        return new LinkedHashMap<>(linkedCapacity, 0.75f, true);
      case TREE_MAP:
        return new TreeMap<>(Orders.comparator(order));
      case ENUM_MAP:
        if (enumClass == null) {
          throw new CodecException("an EnumMap is stored where the declared key type is not an"
              + " enum");
        }
        return new EnumMap(enumClass);
      default:
        throw new IllegalArgumentException(kind + " is built from its entries");
    }
  }

  /** A map of a kind built from its entries, in stored order. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Map<Object, Object> build(MapKind kind, Order order, List<Object> keys,
      List<Object> values) {
    switch (kind) {
      case IMMUTABLE_MAP: {
        Map.Entry[] entries = new Map.Entry[keys.size()];
        for (int i = 0; i < entries.length; i++) {
          entries[i] = Map.entry(keys.get(i), values.get(i));
        }
        return Map.ofEntries(entries);
      }
      case UNMODIFIABLE_MAP:
        return Collections.unmodifiableMap(fill(new LinkedHashMap<>(), keys, values));
      case UNMODIFIABLE_SORTED_MAP:
        return Collections.unmodifiableSortedMap(
            fill(new TreeMap<>(Orders.comparator(order)), keys, values));
      case UNMODIFIABLE_NAVIGABLE_MAP:
        return Collections.unmodifiableNavigableMap(
            (NavigableMap) fill(new TreeMap<>(Orders.comparator(order)), keys, values));
      case EMPTY_MAP:
        if (!keys.isEmpty()) {
          throw new CodecException("a stored EMPTY_MAP has " + keys.size() + " entries");
        }
        return Collections.emptyMap();
      default:
        throw new CodecException("the stored map kind " + kind + " is not one this version knows");
    }
  }

  static <M extends Map<Object, Object>> M fill(M map, List<Object> keys, List<Object> values) {
    for (int i = 0; i < keys.size(); i++) {
      map.put(keys.get(i), values.get(i));
    }
    return map;
  }
}
