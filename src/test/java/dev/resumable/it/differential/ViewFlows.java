package dev.resumable.it.differential;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Views kept across a wait without the object they wrap: nothing left can change what they show,
 * so a view over a copy of its own behaves as plain Java's. (A view kept with an object it may
 * wrap is refused; UnrestorableAcrossJvmsTest shows that.)
 */
public class ViewFlows {

  public record Alone(List<String> list, boolean shared, Set<String> keys, Set<String> sorted,
      Map<String, Integer> map, Collection<String> any, String add) {}

  public record Fixed(List<String> list, boolean shared, String add) {}

  public record Beside(List<String> view, List<String> other, List<String> copy) {}

  /** Views whose backing is gone after the wait, shared between two locals, then tried. */
  @Resumable
  public Alone viewsAlone() {
    List<String> list = Collections.unmodifiableList(new ArrayList<>(List.of("b", "a")));
    List<String> sameList = list;
    Set<String> keys = Collections.unmodifiableMap(new LinkedHashMap<>(Map.of("k", 1))).keySet();
    Set<String> sorted = Collections.unmodifiableNavigableSet(new TreeSet<>(List.of("y", "x")));
    Map<String, Integer> map = Collections.unmodifiableMap(new LinkedHashMap<>(Map.of("m", 2)));
    Collection<String> any = Collections.unmodifiableCollection(new ArrayList<>(List.of("c")));
    String a = Await.event("a", String.class);
    String refused;
    try {
      list.add(a);
      refused = "added";
    } catch (UnsupportedOperationException e) {
      refused = "refused";
    }
    return new Alone(list, list == sameList, keys, sorted, map, any, refused);
  }

  /** Arrays.asList alone writes through set and refuses add, after a restart as before. */
  @Resumable
  public Fixed arraysAsListAlone() {
    List<String> fixed = Arrays.asList("p", "q");
    List<String> alias = fixed;
    String a = Await.event("a", String.class);
    fixed.set(0, a);
    String grown;
    try {
      fixed.add(a);
      grown = "added";
    } catch (UnsupportedOperationException e) {
      grown = "refused";
    }
    return new Fixed(alias, alias == fixed, grown);
  }

  /** A view with a changeable list of other items: it cannot wrap that list, so both are kept. */
  @Resumable
  public Beside viewBesideAnotherList() {
    List<String> view = Collections.unmodifiableList(new ArrayList<>(List.of("v")));
    List<String> other = new ArrayList<>(List.of("w"));
    other.add(Await.event("a", String.class));
    return new Beside(view, other, List.copyOf(other));
  }
}
