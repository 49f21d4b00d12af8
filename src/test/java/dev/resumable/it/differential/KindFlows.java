package dev.resumable.it.differential;

import dev.resumable.Await;
import dev.resumable.Resumable;
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

/**
 * Collections and maps of every kind the engine keeps, changed after the wait the way that shows
 * their class: where new items go, whether it reorders on reads, whether it refuses changes.
 */
public class KindFlows {

  public enum Size { S, M, L, XL }

  /** What a change after the wait did: the collection, and "refused" if it threw. */
  public record Changed<T>(T value, String change) {}

  @Resumable
  public List<Collection<String>> mutableCollections() {
    List<String> words = List.of("pear", "fig", "kiwi", "apple", "banana");
    List<Collection<String>> all = new ArrayList<>(List.of(new ArrayList<>(words),
        new LinkedList<>(words), new ArrayDeque<>(words), new HashSet<>(words),
        new LinkedHashSet<>(words), new TreeSet<>(words), reversed(words)));
    String a = Await.event("a", String.class);
    for (Collection<String> collection : all) {
      collection.add(a);
      collection.add("cherry");
    }
    return all;
  }

  static TreeSet<String> reversed(List<String> words) {
    TreeSet<String> set = new TreeSet<>(Comparator.reverseOrder());
    set.addAll(words);
    return set;
  }

  /** A HashSet that grew past its first table: later items land where plain Java puts them. */
  @Resumable
  public Set<String> hashSetThatGrew() {
    Set<String> set = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      set.add("item-" + i * 31);
    }
    String a = Await.event("a", String.class);
    for (int i = 0; i < 20; i++) {
      set.add(a + i);
    }
    return set;
  }

  @Resumable
  public List<Map<String, Integer>> maps() {
    Map<String, Integer> entries = new LinkedHashMap<>();
    for (String key : List.of("pear", "fig", "kiwi", "apple")) {
      entries.put(key, key.length());
    }
    TreeMap<String, Integer> reversed = new TreeMap<>(Comparator.reverseOrder());
    reversed.putAll(entries);
    Map<String, Integer> accessOrdered = new LinkedHashMap<>(16, 0.75f, true);
    accessOrdered.putAll(entries);
    List<Map<String, Integer>> all = new ArrayList<>(List.of(new HashMap<>(entries),
        new LinkedHashMap<>(entries), new TreeMap<>(entries), reversed, accessOrdered));
    String a = Await.event("a", String.class);
    for (Map<String, Integer> map : all) {
      map.get("pear");
      map.put(a, 0);
    }
    return all;
  }

  @Resumable
  public List<Changed<Collection<String>>> immutableCollections() {
    List<Collection<String>> all = List.of(List.of("x", "y", "z"), List.of("one"),
        Collections.unmodifiableList(new ArrayList<>(List.of("u"))),
        Collections.unmodifiableSet(new LinkedHashSet<>(List.of("s", "t"))),
        Collections.unmodifiableSortedSet(reversed(List.of("p", "q"))),
        Collections.emptyList(), Collections.emptySet(), Arrays.asList("b", "a"));
    String a = Await.event("a", String.class);
    List<Changed<Collection<String>>> changed = new ArrayList<>();
    for (Collection<String> collection : all) {
      String change;
      try {
        collection.add(a);
        change = "added";
      } catch (UnsupportedOperationException e) {
        change = "refused";
      }
      changed.add(new Changed<>(collection, change));
    }
    return changed;
  }

  @Resumable
  public List<Changed<Map<String, Integer>>> immutableMaps() {
    List<Map<String, Integer>> all = List.of(Map.of("m", 1),
        Collections.unmodifiableMap(new LinkedHashMap<>(Map.of("u", 2))), Collections.emptyMap());
    String a = Await.event("a", String.class);
    List<Changed<Map<String, Integer>>> changed = new ArrayList<>();
    for (Map<String, Integer> map : all) {
      String change;
      try {
        map.put(a, 0);
        change = "added";
      } catch (UnsupportedOperationException e) {
        change = "refused";
      }
      changed.add(new Changed<>(map, change));
    }
    return changed;
  }

  /** An EnumSet and an EnumMap, declared as Set and Map, stay enum collections in ordinal order. */
  @Resumable
  public Changed<Set<Size>> enumCollections() {
    Set<Size> sizes = EnumSet.of(Size.XL, Size.S);
    Map<Size, String> names = new EnumMap<>(Size.class);
    names.put(Size.L, "large");
    String a = Await.event("a", String.class);
    sizes.add(Size.M);
    names.put(Size.S, a);
    return new Changed<>(sizes, names.toString() + " " + names.getClass().getSimpleName());
  }

  /** An exception held across a wait keeps its suppressed exceptions. */
  @Resumable
  public IllegalStateException suppressedExceptions() {
    IllegalStateException failure = new IllegalStateException("body failed");
    failure.addSuppressed(new IllegalArgumentException("close failed"));
    failure.addSuppressed(new UnsupportedOperationException("second close failed"));
    try {
      throw failure;
    } catch (IllegalStateException e) {
      Await.event("a", String.class);
      return e;
    }
  }
}
