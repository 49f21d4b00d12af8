package dev.resumable.codec;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The collection types a value may be declared with. A stored collection names its concrete class
 * as a kind from the closed list in {@link CollectionKinds} and {@link MapKinds}; the class listed
 * here for each declared type is what records written before kinds were kept decode to.
 */
final class CollectionCodecs {

  private static final Map<Class<?>, IntFunction<Collection<Object>>> COLLECTIONS =
      Map.ofEntries(
          collection(Collection.class, ArrayList::new),
          collection(List.class, ArrayList::new),
          collection(ArrayList.class, ArrayList::new),
          collection(LinkedList.class, size -> new LinkedList<>()),
          collection(Set.class, size -> new LinkedHashSet<>(hashCapacity(size))),
          collection(HashSet.class, size -> new LinkedHashSet<>(hashCapacity(size))),
          collection(LinkedHashSet.class, size -> new LinkedHashSet<>(hashCapacity(size))),
          collection(SortedSet.class, size -> new TreeSet<>()),
          collection(NavigableSet.class, size -> new TreeSet<>()),
          collection(TreeSet.class, size -> new TreeSet<>()),
          collection(Queue.class, ArrayDeque::new),
          collection(Deque.class, ArrayDeque::new),
          collection(ArrayDeque.class, ArrayDeque::new),
          collection(EnumSet.class, size -> {
            throw new CodecException("a stored EnumSet does not say that it is one");
          }));

  private static final Map<Class<?>, IntFunction<Map<Object, Object>>> MAPS =
      Map.ofEntries(
          map(Map.class, size -> new LinkedHashMap<>(hashCapacity(size))),
          map(HashMap.class, size -> new LinkedHashMap<>(hashCapacity(size))),
          map(LinkedHashMap.class, size -> new LinkedHashMap<>(hashCapacity(size))),
          map(SortedMap.class, size -> new TreeMap<>()),
          map(NavigableMap.class, size -> new TreeMap<>()),
          map(TreeMap.class, size -> new TreeMap<>()),
          map(EnumMap.class, size -> {
            throw new CodecException("a stored EnumMap does not say that it is one");
          }));

  private static final Set<Class<?>> SORTED =
      Set.of(
          SortedSet.class,
          NavigableSet.class,
          TreeSet.class,
          SortedMap.class,
          NavigableMap.class,
          TreeMap.class);

  private CollectionCodecs() {}

  static boolean isCollection(Class<?> raw) {
    return COLLECTIONS.containsKey(raw) || MAPS.containsKey(raw);
  }

  /** The codec of a parameterized collection type; null if its raw type is not one above. */
  static Codec<?> create(ParameterizedType type, CodecFactory factory) {
    Class<?> raw = (Class<?>) type.getRawType();
    Type[] arguments = type.getActualTypeArguments();
    boolean sorted = SORTED.contains(raw);
    IntFunction<Collection<Object>> collection = COLLECTIONS.get(raw);
    if (collection != null) {
      Codec<Object> element = factory.nested(arguments[0], "items of " + type.getTypeName());
      requireComparableIfSorted(type, arguments[0], sorted);
      return new CollectionCodec(type, collection, element, sorted, enumClass(arguments[0]));
    }
    IntFunction<Map<Object, Object>> map = MAPS.get(raw);
    if (map != null) {
      Codec<Object> key = factory.nested(arguments[0], "keys of " + type.getTypeName());
      Codec<Object> value = factory.nested(arguments[1], "values of " + type.getTypeName());
      requireComparableIfSorted(type, arguments[0], sorted);
      return new MapCodec(type, map, key, value, sorted, enumClass(arguments[0]));
    }
    return null;
  }

  private static void requireComparableIfSorted(Type type, Type element, boolean sorted) {
    if (sorted && !Comparable.class.isAssignableFrom(Types.boxedRawClass(element))) {
      throw UnsupportedTypes.unordered(type, element);
    }
  }

  /** The declared element or key type if it is an enum, which EnumSet and EnumMap need. */
  private static Class<?> enumClass(Type element) {
    Class<?> raw = Types.rawClass(element);
    return raw.isEnum() ? raw : null;
  }

  /** The capacity at which a hash table holds {@code size} entries without resizing. */
  private static int hashCapacity(int size) {
    return (int) (size / 0.75f) + 1;
  }

  private static Map.Entry<Class<?>, IntFunction<Collection<Object>>> collection(
      Class<?> type, IntFunction<Collection<Object>> create) {
    return Map.entry(type, create);
  }

  private static Map.Entry<Class<?>, IntFunction<Map<Object, Object>>> map(
      Class<?> type, IntFunction<Map<Object, Object>> create) {
    return Map.entry(type, create);
  }
}
