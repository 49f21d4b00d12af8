package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Workflows whose result depends on what plain Java keeps across a wait: which references share
 * one object, which class a collection has, and what an exception carries. Each waits for events
 * "a", "b", ... of type String.
 */
public class FidelityFlows {

  /** The receiver of {@code add} is evaluated before the wait: it must stay the map's list. */
  @Resumable
  public static String receiverTemporaryIsTheListInTheMap() {
    Map<String, List<String>> map = new HashMap<>();
    map.put("k", new ArrayList<>());
    map.get("k").add(Await.event("a", String.class));
    map.get("k").add(Await.event("b", String.class));
    return map.toString();
  }

  @Resumable
  public static String twoLocalsShareOneList() {
    List<String> first = new ArrayList<>();
    List<String> second = first;
    first.add(Await.event("a", String.class));
    second.add(Await.event("b", String.class));
    return first + " " + second + " same=" + (first == second);
  }

  /** A list of the caller's, filled by a callee that waits: two frames of one stack share it. */
  @Resumable
  public static String twoFramesShareOneList() {
    List<String> log = new ArrayList<>();
    log.add("start");
    appendTwice(log);
    return log.toString();
  }

  @Resumable
  static void appendTwice(List<String> log) {
    log.add(Await.event("a", String.class));
    log.add(Await.event("b", String.class));
  }

  /** The array reference in grid[1][0] is taken before the wait; row aliases it. */
  @Resumable
  public static String arrayElementAssignedAcrossAWait() {
    int[][] grid = new int[2][2];
    int[] row = grid[1];
    grid[1][0] = Await.event("a", String.class).charAt(0);
    row[1] = Await.event("b", String.class).charAt(0);
    return Arrays.deepToString(grid) + " " + Arrays.toString(row) + " same=" + (row == grid[1]);
  }

  /** The list being returned is held as the pending return while finally waits and changes it. */
  @Resumable
  public static String pendingReturnInFinally() {
    List<String> returned = returnsThenChangesInFinally();
    return returned.toString();
  }

  @Resumable
  static List<String> returnsThenChangesInFinally() {
    List<String> result = new ArrayList<>();
    try {
      result.add("body");
      return result;
    } finally {
      result.add(Await.event("a", String.class));
      result.add(Await.event("b", String.class));
    }
  }

  @Resumable
  public static String collectionKindsBehaveAsBefore() {
    Set<String> sorted = new TreeSet<>(Comparator.reverseOrder());
    sorted.addAll(List.of("b", "a", "c"));
    Map<String, Integer> recent = new LinkedHashMap<>(16, 0.75f, true);
    recent.put("x", 1);
    recent.put("y", 2);
    List<String> fixed = List.of("p", "q");
    Set<String> hashed = new HashSet<>(List.of("kiwi", "fig", "pear", "apple"));
    String a = Await.event("a", String.class);
    sorted.add(a);
    recent.get("x");
    recent.put(a, 3);
    hashed.add(a);
    String immutable;
    try {
      fixed.add(a);
      immutable = "mutable";
    } catch (UnsupportedOperationException e) {
      immutable = "immutable";
    }
    String b = Await.event("b", String.class);
    hashed.add(b);
    return sorted + " " + recent.keySet() + " " + immutable + " " + hashed + " "
        + sorted.getClass().getSimpleName() + " " + hashed.getClass().getSimpleName();
  }

  @Resumable
  public static String suppressedExceptionsAreKept() {
    IllegalStateException failure = new IllegalStateException("body failed");
    failure.addSuppressed(new IllegalArgumentException("close failed"));
    try {
      throw failure;
    } catch (IllegalStateException e) {
      String a = Await.event("a", String.class);
      String b = Await.event("b", String.class);
      return a + b + " " + e.getMessage() + " suppressed=" + e.getSuppressed().length + " "
          + e.getSuppressed()[0].getClass().getSimpleName() + ": "
          + e.getSuppressed()[0].getMessage();
    }
  }

  /** Goes on at "a", then holds a map in an order no restart can create again: refused at "b". */
  @Resumable
  public static String comparatorThatCannotBeRestored() {
    String a = Await.event("a", String.class);
    Map<String, Integer> byLength = new TreeMap<>(Comparator.comparing(String::length));
    byLength.put(a, a.length());
    String b = Await.event("b", String.class);
    byLength.put(b, b.length());
    return byLength.toString();
  }
}
