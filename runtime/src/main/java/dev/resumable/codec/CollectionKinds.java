package dev.resumable.codec;

import dev.resumable.proto.CollectionKind;
import dev.resumable.proto.Order;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The collection classes kept exactly across a wait, each by a {@link CollectionKind}: what a
 * collection is when it is stored, and how it is created again. Classes are compared exactly, so
 * a subclass (whose overrides are code) is refused rather than restored as its superclass.
 */
final class CollectionKinds {

  private static final Map<Class<?>, CollectionKind> BY_CLASS = Map.ofEntries(
      Map.entry(ArrayList.class, CollectionKind.ARRAY_LIST),
      Map.entry(LinkedList.class, CollectionKind.LINKED_LIST),
      Map.entry(ArrayDeque.class, CollectionKind.ARRAY_DEQUE),
      Map.entry(HashSet.class, CollectionKind.HASH_SET),
      Map.entry(LinkedHashSet.class, CollectionKind.LINKED_HASH_SET),
      Map.entry(TreeSet.class, CollectionKind.TREE_SET),
      Map.entry(EnumSet.noneOf(Order.class).getClass(), CollectionKind.ENUM_SET),
      // Regular and jumbo enum sets are two classes; an enum of more than 64 constants has the other.
      Map.entry(EnumSet.noneOf(Big.class).getClass(), CollectionKind.ENUM_SET),
      Map.entry(List.of().getClass(), CollectionKind.IMMUTABLE_LIST),
      Map.entry(List.of(1).getClass(), CollectionKind.IMMUTABLE_LIST),
      Map.entry(Set.of().getClass(), CollectionKind.IMMUTABLE_SET),
      Map.entry(Set.of(1).getClass(), CollectionKind.IMMUTABLE_SET),
      Map.entry(Collections.unmodifiableCollection(List.of()).getClass(),
          CollectionKind.UNMODIFIABLE_COLLECTION),
      Map.entry(Collections.unmodifiableList(new ArrayList<>()).getClass(),
          CollectionKind.UNMODIFIABLE_LIST),
      Map.entry(Collections.unmodifiableList(new LinkedList<>()).getClass(),
          CollectionKind.UNMODIFIABLE_LINKED_LIST),
      Map.entry(Collections.unmodifiableSet(new HashSet<>()).getClass(),
          CollectionKind.UNMODIFIABLE_SET),
      Map.entry(Collections.unmodifiableSortedSet(new TreeSet<>()).getClass(),
          CollectionKind.UNMODIFIABLE_SORTED_SET),
      Map.entry(Collections.unmodifiableNavigableSet(new TreeSet<>()).getClass(),
          CollectionKind.UNMODIFIABLE_NAVIGABLE_SET),
      Map.entry(Collections.emptyList().getClass(), CollectionKind.EMPTY_LIST),
      Map.entry(Collections.emptySet().getClass(), CollectionKind.EMPTY_SET),
      Map.entry(Arrays.asList().getClass(), CollectionKind.ARRAYS_AS_LIST));

  private static final Class<?> WHOLE_TREE_SET_SPLITERATOR =
      new TreeSet<>().spliterator().getClass();
  private static final Class<?> DESCENDING_SPLITERATOR =
      new TreeSet<>().descendingSet().spliterator().getClass();

  private CollectionKinds() {}

  /** The kind of {@code collection}, or null for a class the engine does not keep. */
  static CollectionKind find(Collection<?> collection) {
    return BY_CLASS.get(collection.getClass());
  }

  /** The kind of {@code collection}; refuses a class the engine cannot create again exactly. */
  static CollectionKind of(Collection<?> collection) {
    CollectionKind kind = BY_CLASS.get(collection.getClass());
    if (kind == null) {
      throw new CodecException("cannot keep a " + collection.getClass().getName()
          + " across a wait: it is not one of the collection classes restored exactly"
          + " (ArrayList, LinkedList, ArrayDeque, HashSet, LinkedHashSet, TreeSet, EnumSet,"
          + " List.of, Set.of, Collections.unmodifiable*, Collections.empty*, Arrays.asList);"
          + " copy it into one of them before the wait, e.g. new ArrayList<>(items)");
    }
    if (kind == CollectionKind.TREE_SET && isRangeView(collection)) {
      throw new CodecException("cannot keep a java.util.TreeSet that is a subSet, headSet, tailSet"
          + " or descendingSet view of another across a wait: it would come back as a TreeSet of"
          + " its own, without the range it is limited to and cut off from the set it shows; copy"
          + " it before the wait, e.g. new TreeSet<>(view)");
    }
    if ((kind == CollectionKind.UNMODIFIABLE_SORTED_SET
        || kind == CollectionKind.UNMODIFIABLE_NAVIGABLE_SET) && !overWholeTree(collection)) {
      throw new CodecException("cannot keep a " + collection.getClass().getName() + " over a"
          + " range of a sorted set (a subSet, headSet or tailSet) across a wait: it would come"
          + " back without the range it is limited to, so that asking it for a wider range no"
          + " longer fails; copy it before the wait, e.g. new TreeSet<>(view)");
    }
    return kind;
  }

  /**
   * Whether a sorted set or view shows a whole TreeMap's keys, in either direction (an unmodifiable
   * view splits as what it wraps does), rather than a range of them or another sorted set.
   */
  static boolean overWholeTree(Collection<?> sorted) {
    Class<?> spliterator = sorted.spliterator().getClass();
    return spliterator == WHOLE_TREE_SET_SPLITERATOR || spliterator == DESCENDING_SPLITERATOR;
  }

  /**
   * Whether a TreeSet shows a range of another (TreeSet's views have its class). Only a TreeSet
   * over a whole TreeMap of its own splits by the TreeMap's key spliterator; a range or a
   * descending view splits by another class, on every Java version since 8.
   */
  private static boolean isRangeView(Collection<?> treeSet) {
    return treeSet.spliterator().getClass() != WHOLE_TREE_SET_SPLITERATOR;
  }

  /** The order of a sorted collection, natural for any other. */
  static Order orderOf(Collection<?> collection) {
    return collection instanceof SortedSet<?> sorted
        ? Orders.of(sorted.comparator(), collection) : Order.NATURAL;
  }

  /**
   * Whether a collection of this kind is created empty and then filled, so that its items may
   * refer back to it. The others are built from their items: immutable ones, and hash sets, whose
   * table size depends on their items.
   */
  static boolean filledAfterCreation(CollectionKind kind) {
    switch (kind) {
      case ARRAY_LIST:
      case LINKED_LIST:
      case ARRAY_DEQUE:
      case LINKED_HASH_SET:
      case TREE_SET:
      case ENUM_SET:
        return true;
      default:
        return false;
    }
  }

  /** A new, empty collection of a kind that is filled after creation. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Collection<Object> createEmpty(CollectionKind kind, Order order, int size,
      Class<?> enumClass) {
    switch (kind) {
      case ARRAY_LIST:
        return new ArrayList<>(size);
      case LINKED_LIST:
        return new LinkedList<>();
      case ARRAY_DEQUE:
        return new ArrayDeque<>(size);
      case LINKED_HASH_SET:
        return new LinkedHashSet<>(Math.max((int) (size / 0.75f) + 1, 16));
      case TREE_SET:
        return new TreeSet<>(Orders.comparator(order));
      case ENUM_SET:
        if (enumClass == null) {
          throw new CodecException("an EnumSet is stored where the declared element type is not"
              + " an enum");
        }
        return (Collection) EnumSet.noneOf((Class) enumClass);
      default:
        throw new IllegalArgumentException(kind + " is built from its items");
    }
  }

  /** A collection of a kind built from its items, in stored order. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Collection<Object> build(CollectionKind kind, Order order, List<Object> items) {
    switch (kind) {
      case HASH_SET: {
        Set<Object> set = new HashSet<>(items.isEmpty() ? 16 : HashTables.capacityFor(items));
        set.addAll(items);
        return set;
      }
      case IMMUTABLE_LIST:
        // Stream.toList allows nulls and has List.of's classes; List.of itself rejects them.
        return items.contains(null) ? (List) items.stream().toList()
            : (List) List.of(items.toArray());
      case IMMUTABLE_SET:
        return (Set) Set.of(items.toArray());
      case UNMODIFIABLE_COLLECTION:
        return Collections.unmodifiableCollection(new ArrayList<>(items));
      case UNMODIFIABLE_LIST:
        return Collections.unmodifiableList(new ArrayList<>(items));
      case UNMODIFIABLE_LINKED_LIST:
        return Collections.unmodifiableList(new LinkedList<>(items));
      case UNMODIFIABLE_SET:
        return Collections.unmodifiableSet(new LinkedHashSet<>(items));
      case UNMODIFIABLE_SORTED_SET:
        return Collections.unmodifiableSortedSet(sorted(order, items));
      case UNMODIFIABLE_NAVIGABLE_SET:
        return Collections.unmodifiableNavigableSet((NavigableSet) sorted(order, items));
      case EMPTY_LIST:
        requireEmpty(kind, items);
        return Collections.emptyList();
      case EMPTY_SET:
        requireEmpty(kind, items);
        return Collections.emptySet();
      case ARRAYS_AS_LIST:
        return Arrays.asList(items.toArray());
      default:
        throw new CodecException("the stored collection kind " + kind
            + " is not one this version knows");
    }
  }

  private static TreeSet<Object> sorted(Order order, List<Object> items) {
    TreeSet<Object> set = new TreeSet<>(Orders.comparator(order));
    set.addAll(items);
    return set;
  }

  private static void requireEmpty(CollectionKind kind, List<Object> items) {
    if (!items.isEmpty()) {
      throw new CodecException("a stored " + kind + " has " + items.size() + " items");
    }
  }

  /** An enum of more than 64 constants, whose EnumSet class is the jumbo one. */
  private enum Big {
    C0, C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20,
    C21, C22, C23, C24, C25, C26, C27, C28, C29, C30, C31, C32, C33, C34, C35, C36, C37, C38, C39,
    C40, C41, C42, C43, C44, C45, C46, C47, C48, C49, C50, C51, C52, C53, C54, C55, C56, C57, C58,
    C59, C60, C61, C62, C63, C64
  }
}
