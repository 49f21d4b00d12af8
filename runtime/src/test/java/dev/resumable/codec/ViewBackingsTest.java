package dev.resumable.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A view kept with an object it may wrap is refused, since a restart would split them; a view
 * kept alone, or with objects it cannot wrap, is stored.
 */
class ViewBackingsTest {

  record Box(List<String> items) {}

  private static final Codec<List<String>> STRINGS = Codecs.of(new TypeRef<List<String>>() {});
  private static final Codec<Collection<String>> COLLECTION =
      Codecs.of(new TypeRef<Collection<String>>() {});
  private static final Codec<Set<String>> SET = Codecs.of(new TypeRef<Set<String>>() {});
  private static final Codec<NavigableSet<String>> NAVIGABLE =
      Codecs.of(new TypeRef<NavigableSet<String>>() {});
  private static final Codec<Map<String, Integer>> MAP =
      Codecs.of(new TypeRef<Map<String, Integer>>() {});
  private static final Codec<SortedMap<String, Integer>> SORTED_MAP =
      Codecs.of(new TypeRef<SortedMap<String, Integer>>() {});
  private static final Codec<Collection<Integer>> INTEGERS =
      Codecs.of(new TypeRef<Collection<Integer>>() {});
  private static final Codec<String[]> ARRAY = Codecs.of(String[].class);
  private static final Codec<Box> BOX = Codecs.of(Box.class);
  private static final Codec<Map<String, List<String>>> GROUPS =
      Codecs.of(new TypeRef<Map<String, List<String>>>() {});

  private static CodecException refused(Graphs graphs) {
    return assertThrows(CodecException.class, graphs::roundTrip);
  }

  @Test
  void anUnmodifiableListAndItsListAreRefusedNamingBothAndTheFix() {
    List<String> items = new ArrayList<>(List.of("a", "b"));
    CodecException e = refused(new Graphs()
        .add(STRINGS, Collections.unmodifiableList(items)).add(STRINGS, items));
    assertTrue(e.getMessage().startsWith("cannot keep both value 0, a "
        + Collections.unmodifiableList(items).getClass().getName() + ", and value 1, a"
        + " java.util.ArrayList: the first is a view that may be backed by the second"),
        e.getMessage());
    assertTrue(e.getMessage().contains("nothing was stored"), e.getMessage());
    assertTrue(e.getMessage().endsWith("List.copyOf(view) or new ArrayList<>(view)"),
        e.getMessage());
  }

  @Test
  void anEmptyViewOfAnEmptyListIsRefused() {
    List<String> items = new ArrayList<>();
    refused(new Graphs().add(STRINGS, items).add(STRINGS, Collections.unmodifiableList(items)));
  }

  @Test
  void aViewOfASubListIsRefused() {
    List<String> items = new ArrayList<>(List.of("a", "b", "c"));
    refused(new Graphs().add(STRINGS, items)
        .add(STRINGS, Collections.unmodifiableList(items).subList(1, 2)));
  }

  @Test
  void aViewOfAViewIsRefusedWithTheListAtTheBottom() {
    List<String> items = new ArrayList<>(List.of("a"));
    Collection<String> twice = Collections.unmodifiableCollection(
        Collections.unmodifiableList(items));
    refused(new Graphs().add(COLLECTION, twice).add(STRINGS, items));
  }

  @Test
  void aViewInsideARecordAndItsListInsideAMapAreRefused() {
    List<String> items = new ArrayList<>(List.of("a"));
    CodecException e = refused(new Graphs()
        .add(BOX, new Box(Collections.unmodifiableList(items)))
        .add(GROUPS, new HashMap<>(Map.of("k", items))));
    assertTrue(e.getMessage().startsWith("cannot keep both an object inside value 0, a "),
        e.getMessage());
    assertTrue(e.getMessage().contains(", and an object inside value 1, a java.util.ArrayList"),
        e.getMessage());
  }

  @Test
  void arraysAsListAndItsArrayAreRefused() {
    String[] array = {"a", "b"};
    CodecException e = refused(new Graphs().add(ARRAY, array).add(STRINGS, Arrays.asList(array)));
    assertTrue(e.getMessage().contains("new ArrayList<>(list) or List.copyOf(list)"),
        e.getMessage());
  }

  @Test
  void twoArraysAsListsOfOneArrayAreRefused() {
    String[] array = {"a", "b"};
    refused(new Graphs().add(STRINGS, Arrays.asList(array)).add(STRINGS, Arrays.asList(array)));
  }

  @Test
  void anUnmodifiableViewOfArraysAsListIsRefusedWithIt() {
    List<String> fixed = Arrays.asList("a", "b");
    refused(new Graphs().add(STRINGS, Collections.unmodifiableList(fixed)).add(STRINGS, fixed));
  }

  @Test
  void anUnmodifiableMapsKeysAndValuesAreRefusedWithTheMap() {
    Map<String, Integer> map = new LinkedHashMap<>(Map.of("a", 1000));
    Map<String, Integer> view = Collections.unmodifiableMap(map);
    refused(new Graphs().add(MAP, map).add(SET, view.keySet()));
    refused(new Graphs().add(MAP, map).add(INTEGERS, view.values()));
    CodecException e = refused(new Graphs().add(MAP, map).add(MAP, view));
    assertTrue(e.getMessage().endsWith("Map.copyOf(view) or new LinkedHashMap<>(view)"),
        e.getMessage());
  }

  @Test
  void sortedViewsOfATreeSetAndATreeMapAreRefusedWithThem() {
    TreeSet<String> set = new TreeSet<>(List.of("a", "b", "c"));
    refused(new Graphs().add(NAVIGABLE, Collections.unmodifiableNavigableSet(set)).add(SET, set));
    refused(new Graphs().add(NAVIGABLE,
        Collections.unmodifiableNavigableSet(set).descendingSet()).add(SET, set));
    TreeMap<String, Integer> map = new TreeMap<>(Map.of("a", 1, "b", 2));
    refused(new Graphs().add(SORTED_MAP, Collections.unmodifiableSortedMap(map)).add(MAP, map));
  }

  /** Asking a range view for a wider range fails; a copy of its own would not, so it is refused. */
  @Test
  void unmodifiableViewsOfARangeAreRefusedEvenAlone() {
    TreeSet<String> set = new TreeSet<>(List.of("a", "b", "c"));
    CodecException e = refused(new Graphs().add(NAVIGABLE,
        Collections.unmodifiableNavigableSet(set).headSet("b", true)));
    assertTrue(e.getMessage().contains("over a range of a sorted set"), e.getMessage());
    TreeMap<String, Integer> map = new TreeMap<>(Map.of("a", 1, "b", 2));
    e = refused(new Graphs().add(SORTED_MAP, Collections.unmodifiableSortedMap(map).tailMap("b")));
    assertTrue(e.getMessage().contains("over a range of a sorted map"), e.getMessage());
    List<Object> decoded = new Graphs().add(NAVIGABLE,
        Collections.unmodifiableNavigableSet(set).descendingSet())
        .add(SORTED_MAP, Collections.unmodifiableSortedMap(map)).roundTrip();
    assertEquals(List.of("c", "b", "a"), List.copyOf((Set<?>) decoded.get(0)));
    assertEquals(map, decoded.get(1));
  }

  @Test
  void aViewAloneComesBackAsTheSameKindOfView() {
    List<String> view = Collections.unmodifiableList(new ArrayList<>(List.of("a")));
    List<Object> decoded = new Graphs().add(STRINGS, view).add(STRINGS, view).roundTrip();
    assertEquals(view.getClass(), decoded.get(0).getClass());
    assertEquals(List.of("a"), decoded.get(0));
  }

  @Test
  void aViewWithAListOfOtherItemsOrAnImmutableListOfTheSameIsStored() {
    List<String> view = Collections.unmodifiableList(new ArrayList<>(List.of("a", "b")));
    List<String> other = new ArrayList<>(List.of("c"));
    List<Object> decoded = new Graphs().add(STRINGS, view).add(STRINGS, other)
        .add(STRINGS, List.copyOf(view)).roundTrip();
    assertEquals(List.of(List.of("a", "b"), List.of("c"), List.of("a", "b")), decoded);
  }

  @Test
  void anEmptyArraysAsListCannotChangeAndIsStoredWithAnEmptyArray() {
    List<Object> decoded = new Graphs().add(STRINGS, Arrays.asList(new String[0]))
        .add(ARRAY, new String[0]).roundTrip();
    assertEquals(List.of(), decoded.get(0));
  }

  @Test
  void aSetViewCannotWrapAListOfItsItems() {
    List<String> items = new ArrayList<>(List.of("a"));
    List<Object> decoded = new Graphs().add(STRINGS, items)
        .add(SET, Collections.unmodifiableSet(new java.util.HashSet<>(items))).roundTrip();
    assertEquals(Set.of("a"), decoded.get(1));
  }

  /** Views of changeable collections have classes of their own, which are refused by class. */
  @Test
  void subListsKeySetsValuesAndEntrySetsAreRefusedByTheirClass() {
    Map<String, Integer> hash = new HashMap<>(Map.of("a", 1));
    Map<String, Integer> tree = new TreeMap<>(Map.of("a", 1));
    Map<String, Integer> linked = new LinkedHashMap<>(Map.of("a", 1));
    List<Collection<?>> views = List.of(new ArrayList<>(List.of("a")).subList(0, 1),
        new java.util.LinkedList<>(List.of("a")).subList(0, 1), Arrays.asList("a").subList(0, 1),
        hash.keySet(), hash.values(), hash.entrySet(), tree.keySet(), tree.values(),
        tree.entrySet(), linked.keySet(), linked.values(), linked.entrySet(),
        Collections.unmodifiableMap(hash).entrySet());
    for (Collection<?> view : views) {
      // The class is checked before any item, so the declared item type does not matter.
      @SuppressWarnings("unchecked")
      Collection<String> items = (Collection<String>) view;
      CodecException e = assertThrows(CodecException.class,
          () -> new Graphs().add(COLLECTION, items).roundTrip(), view.getClass().getName());
      assertTrue(e.getMessage().startsWith("cannot keep a " + view.getClass().getName()
          + " across a wait: it is not one of the collection classes"), e.getMessage());
    }
  }

  @Test
  void rangeAndDescendingViewsOfATreeSetAreRefusedThoughTheyAreTreeSets() {
    TreeSet<String> set = new TreeSet<>(List.of("a", "b"));
    for (Set<String> view : List.of(set.headSet("b"), set.tailSet("a", true), set.subSet("a", "z"),
        set.descendingSet(), set.descendingSet().descendingSet(), new TreeSet<String>().headSet("b"))) {
      CodecException e = assertThrows(CodecException.class,
          () -> new Graphs().add(SET, view).roundTrip());
      assertTrue(e.getMessage().startsWith("cannot keep a java.util.TreeSet that is a subSet,"
          + " headSet, tailSet or descendingSet view"), e.getMessage());
      assertTrue(e.getMessage().endsWith("new TreeSet<>(view)"), e.getMessage());
    }
    TreeSet<String> reversed = new TreeSet<>(java.util.Comparator.reverseOrder());
    reversed.addAll(set);
    List<Object> decoded = new Graphs().add(SET, reversed).add(SET, new TreeSet<>(set.headSet("b")))
        .roundTrip();
    assertEquals(List.of("b", "a"), List.copyOf((Set<?>) decoded.get(0)));
    assertEquals(Set.of("a"), decoded.get(1));
  }
}
