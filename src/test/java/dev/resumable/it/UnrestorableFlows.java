package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

/**
 * Workflows that go on at event "a" and then hold, across the wait for "b", a value that no
 * restart could create again: the engine must refuse the step rather than store something else.
 */
public class UnrestorableFlows {

  /** A list whose class is code of the application's: a restart could only give an ArrayList. */
  public static final class Audited extends ArrayList<String> {
    @Override
    public boolean add(String item) {
      return super.add(item.toUpperCase(java.util.Locale.ROOT));
    }
  }

  @Resumable
  public static String comparatorThatCannotBeRestored() {
    String a = Await.event("a", String.class);
    Map<String, Integer> byLength = new TreeMap<>(Comparator.comparing(String::length));
    byLength.put(a, a.length());
    String b = Await.event("b", String.class);
    byLength.put(b, b.length());
    return byLength.toString();
  }

  @Resumable
  public static String subclassOfAList() {
    String a = Await.event("a", String.class);
    List<String> items = new Audited();
    items.add(a);
    items.add(Await.event("b", String.class));
    return items.toString();
  }

  static List<String> audited() {
    return new Audited();
  }

  /** The receiver of add, evaluated before the wait, is kept by the transform; errors name it. */
  @Resumable
  public static int temporaryThatCannotBeRestored() {
    String a = Await.event("a", String.class);
    audited().add(a + Await.event("b", String.class));
    return a.length();
  }

  /** A view and the list it wraps: a restart would make them two lists. */
  @Resumable
  public static String viewAndItsList() {
    String a = Await.event("a", String.class);
    List<String> items = new ArrayList<>();
    List<String> view = Collections.unmodifiableList(items);
    items.add(a);
    items.add(Await.event("b", String.class));
    return view.toString();
  }

  /** Arrays.asList and its array: after a restart a change to the array would not show. */
  @Resumable
  public static String arrayAndItsList() {
    String a = Await.event("a", String.class);
    String[] array = {a};
    List<String> list = Arrays.asList(array);
    array[0] = Await.event("b", String.class);
    return list.toString();
  }

  /** A map's key set, kept inside another map, and the map itself. */
  @Resumable
  public static String keysInsideAMap() {
    String a = Await.event("a", String.class);
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Set<String>> index = new HashMap<>();
    index.put("keys", Collections.unmodifiableSet(counts.keySet()));
    counts.put(a, 1);
    counts.put(Await.event("b", String.class), 2);
    return index.toString();
  }

  /** keep's T is Object at this call, which cannot be stored: refused where keep would keep it. */
  @Resumable
  public static int typeArgumentThatCannotBeStored() {
    String a = Await.event("a", String.class);
    Object held = a;
    return keep(held).hashCode();
  }

  @Resumable
  static <T> T keep(T v) {
    Await.event("b", String.class);
    return v;
  }
}
