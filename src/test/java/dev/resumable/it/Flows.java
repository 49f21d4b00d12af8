package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Workflows covering the constructs of the first slice, each waiting inside them. */
public class Flows {

  final List<String> log = new ArrayList<>();

  /** A while loop whose body waits; explicit and {@code var} locals. */
  @Resumable
  public int sumUntilZero() {
    int total = 0;
    var count = 0;
    int next = Await.event("n", Integer.class);
    while (next != 0) {
      total += next;
      count++;
      next = Await.event("n", Integer.class);
    }
    return total * 100 + count;
  }

  /** if / else-if / else chains with waits in different branches. */
  @Resumable
  public String branches(String name, int mood) {
    String greeting;
    if (mood > 0) {
      String word = Await.event("word", String.class);
      greeting = word.toUpperCase() + ", " + name + "!";
    } else if (mood == 0) {
      greeting = "hello " + name;
    } else {
      String first = Await.event("word", String.class);
      String second = Await.event("word", String.class);
      greeting = first + " " + second + " " + name;
    }
    log.add(greeting);
    return greeting;
  }

  /** Classic for with several init and update expressions, for-each over arrays and lists. */
  @Resumable
  public List<String> loops(String[] names, List<Integer> counts) {
    List<String> out = new ArrayList<>();
    for (int i = 0, j = 10; i < 2; i++, j--) {
      String s = Await.event("s", String.class);
      out.add(s + i + j);
    }
    for (String name : names) {
      String reply = Await.event("reply", String.class);
      out.add(name + "=" + reply);
    }
    int sum = 0;
    for (int c : counts) {
      int extra = Await.event("extra", Integer.class);
      sum += c * extra;
    }
    out.add("sum " + sum);
    int rounds = 0;
    do {
      rounds++;
      String again = Await.event("again", String.class);
      if (again.equals("stop")) {
        break;
      }
    } while (rounds < 5);
    out.add("rounds " + rounds);
    return out;
  }

  /** Labelled break and continue across nested loops, with waits in the inner loop. */
  @Resumable
  public String labelled(int rows) {
    String result = "";
    outer:
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < 3; c++) {
        String cell = Await.event("cell", String.class);
        if (cell.equals("next-row")) {
          continue outer;
        }
        if (cell.equals("done")) {
          break outer;
        }
        result = result + r + c + cell + ";";
      }
    }
    return result;
  }

  /** Many persistable types live across a wait. */
  @Resumable
  public Summary richLocals(UUID id, Priority priority) {
    long big = 1L << 40;
    double ratio = 0.1 + 0.2;
    char grade = 'B';
    boolean flag = true;
    byte[] raw = {1, 2, 3};
    int[][] grid = {{1, 2}, {3}};
    BigDecimal amount = new BigDecimal("120.00");
    Instant at = Instant.parse("2026-11-20T10:15:30.123456789Z");
    Map<String, List<Integer>> buckets = new LinkedHashMap<>();
    buckets.put("a", List.of(1, 2));
    Line line = new Line("sku-1", 3, amount);
    Duration waited = Await.event("waited", Duration.class);
    return new Summary(id, priority, big, ratio, grade, flag, raw.length + grid[0][1],
        amount.add(line.price()), at.plus(waited), buckets, line);
  }

  /** A local that cannot be stored is fine when it is dead at every wait. */
  @Resumable
  public String resourceUsedBeforeTheWait(String text) {
    StringBuilder builder = new StringBuilder(text);
    Thread current = Thread.currentThread();
    builder.append(current.isInterrupted() ? "!" : ".");
    String prefix = builder.toString();
    String suffix = Await.event("suffix", String.class);
    return prefix + suffix;
  }

  /** A lambda captures locals that the state machine hoists. */
  @Resumable
  public String lambdas(List<Integer> items) {
    String prefix = Await.event("prefix", String.class);
    int factor = items.size();
    return items.stream().map(i -> prefix + (i * factor)).collect(Collectors.joining(","));
  }

  /** A nested @Resumable call whose callee waits, and a static one that does not. */
  @Resumable
  public int nested(int x) {
    int doubled = twice(x);
    int fromChild = child(doubled);
    return fromChild + doubled;
  }

  @Resumable
  int child(int y) {
    int given = Await.event("child", Integer.class);
    return y * given;
  }

  @Resumable
  static int twice(int v) {
    return v * 2;
  }

  /** A void method that waits. */
  @Resumable
  public void voidFlow(String tag) {
    String got = Await.event("go", String.class);
    log.add(tag + got);
  }

  /** An exception thrown after a wait ends the instance as failed. */
  @Resumable
  public int failsAfterWait() {
    int n = Await.event("n", Integer.class);
    if (n < 0) {
      throw new IllegalArgumentException("negative: " + n);
    }
    return n;
  }

  /** Early return from inside a loop, and a while (true) loop left by return. */
  @Resumable
  public String earlyReturn() {
    int seen = 0;
    while (true) {
      String s = Await.event("s", String.class);
      seen++;
      if (s.startsWith("x")) {
        return s + seen;
      }
    }
  }

  /** Two different events, which may arrive in either order. */
  @Resumable
  public String twoEvents() {
    String first = Await.event("a", String.class);
    String second = Await.event("b", String.class);
    return first + second;
  }

  public enum Priority { LOW, HIGH }

  public record Line(String sku, int quantity, BigDecimal price) {}

  public record Summary(UUID id, Priority priority, long big, double ratio, char grade,
      boolean flag, int sizes, BigDecimal total, Instant due, Map<String, List<Integer>> buckets,
      Line line) {}
}
