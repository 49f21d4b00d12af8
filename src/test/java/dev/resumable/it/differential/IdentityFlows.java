package dev.resumable.it.differential;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Objects that several references share before a wait: locals, temporaries the transform keeps,
 * array references, pending return values and frames of one stack. Each result says with {@code
 * same=...} whether the references still share, since a stored result is a value of its own.
 */
public class IdentityFlows {

  public record Shared<T>(T value, boolean same) {}

  /** {@code map.get(k)} is evaluated before the wait and kept: it must stay the map's list. */
  @Resumable
  public Map<String, List<String>> receiverEvaluatedBeforeAWait() {
    Map<String, List<String>> map = new HashMap<>();
    map.put("k", new ArrayList<>());
    map.get("k").add(Await.event("a", String.class));
    map.get("k").add(Await.event("b", String.class));
    return map;
  }

  /** A local and a temporary the transform keeps refer to one list. */
  @Resumable
  public Shared<List<String>> localAndTemporary() {
    Map<String, List<String>> map = new HashMap<>();
    List<String> list = new ArrayList<>();
    map.put("k", list);
    map.get("k").add(Await.event("a", String.class));
    list.add("after");
    return new Shared<>(map.get("k"), list == map.get("k"));
  }

  @Resumable
  public Shared<List<String>> twoLocals() {
    List<String> first = new ArrayList<>();
    List<String> second = first;
    first.add(Await.event("a", String.class));
    second.add(Await.event("b", String.class));
    return new Shared<>(first, first == second);
  }

  /** The caller's list, filled by a callee that waits: two frames of one stack share it. */
  @Resumable
  public List<String> twoFrames() {
    List<String> log = new ArrayList<>();
    log.add("start");
    appendTwice(log);
    log.add("end");
    return log;
  }

  @Resumable
  void appendTwice(List<String> log) {
    log.add(Await.event("a", String.class));
    log.add(Await.event("b", String.class));
  }

  /** The array {@code grid[1]} is taken before the wait; {@code row} is the same array. */
  @Resumable
  public Shared<int[][]> arrayReference() {
    int[][] grid = new int[2][2];
    int[] row = grid[1];
    grid[1][0] = Await.event("a", String.class).length();
    row[1] = Await.event("b", String.class).length();
    return new Shared<>(grid, row == grid[1]);
  }

  /** The list being returned is the pending return while finally waits and changes it. */
  @Resumable
  public List<String> pendingReturnInFinally() {
    return returnsThenChangesInFinally();
  }

  @Resumable
  List<String> returnsThenChangesInFinally() {
    List<String> result = new ArrayList<>();
    try {
      result.add("body");
      return result;
    } finally {
      result.add(Await.event("a", String.class));
      result.add(Await.event("b", String.class));
    }
  }

  /** A record and a list it holds, held by two locals, stay connected. */
  @Resumable
  public Shared<Holder> recordAndItsList() {
    List<String> items = new ArrayList<>();
    Holder holder = new Holder("h", items);
    items.add(Await.event("a", String.class));
    return new Shared<>(holder, holder.items() == items);
  }

  public record Holder(String name, List<String> items) {}
}
