package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
}
