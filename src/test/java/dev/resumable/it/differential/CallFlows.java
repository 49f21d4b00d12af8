package dev.resumable.it.differential;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.ArrayList;
import java.util.List;

/** Calls of @Resumable methods whose arguments wait, or suspend themselves. */
public class CallFlows {

  @Resumable
  int plus(int x) {
    return x + Await.event("p", Integer.class);
  }

  @Resumable
  public int plusOfAWait() {
    return plus(Await.event("a", Integer.class));
  }

  @Resumable
  public int plusOfPlus() {
    int y = plus(plus(1));
    return y * 10;
  }

  @Resumable
  public String concatenatedPlus() {
    return "" + plus(Await.event("a", Integer.class));
  }

  @Resumable
  public List<Integer> argumentsInOrder(int start) {
    List<Integer> log = new ArrayList<>();
    int x = start;
    x = plus(x + Await.event("a", Integer.class)) + plus(x);
    log.add(x);
    log.add(record(plus(log.size())));
    return log;
  }

  @Resumable
  int record(int value) {
    return value * 100 + Await.event("r", Integer.class);
  }

  @Resumable
  String joined(String separator, String... parts) {
    return Await.event("j", String.class) + String.join(separator, parts) + parts.length;
  }

  @Resumable
  public String varargsCalls() {
    return joined(",", "a", "b") + "|" + joined("-") + "|" + joined(";", new String[] {"x"});
  }

  @Resumable
  public int waitInTheIndexOfACompoundTarget() {
    int[] cells = {1, 2};
    cells[Await.event("i", Integer.class) % 2] += 10;
    cells[Await.event("i", Integer.class) % 2] *= Await.event("times", Integer.class);
    return cells[0] * 1000 + cells[1];
  }
}
