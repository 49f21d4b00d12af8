package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.ArrayList;
import java.util.List;

/** Waits inside larger expressions, where Java's evaluation order must be kept exactly. */
public class ExpressionFlows {

  static String note(List<String> log, String entry) {
    log.add(entry);
    return entry;
  }

  static String join(String a, String b, String c) {
    return a + "|" + b + "|" + c;
  }

  /** A side effect in an earlier argument happens once, before the wait. */
  @Resumable
  public List<String> sideEffectInEarlierArgument() {
    List<String> log = new ArrayList<>();
    String joined = join(note(log, "first"), Await.event("middle", String.class),
        note(log, "last"));
    log.add(joined);
    return log;
  }

  /** {@code x += wait()}: the old value of x is read before the wait. */
  @Resumable
  public int compoundAssignment(int start) {
    int total = start;
    int[] cells = {1, 2, 3};
    int i = 0;
    total += Await.event("add", Integer.class);
    total *= Await.event("times", Integer.class) + 1;
    cells[i++] += Await.event("cell", Integer.class);
    return total * 1000 + cells[0] * 10 + i;
  }

  /** The right side of {@code &&} and {@code ||} waits only when Java evaluates it. */
  @Resumable
  public String shortCircuit(boolean ask) {
    boolean confirmed = ask && Await.event("confirm", Boolean.class);
    boolean skipped = !ask || Await.event("again", Boolean.class);
    return confirmed + "/" + skipped;
  }

  /** Only the chosen branch of {@code ?:} waits. */
  @Resumable
  public String conditional(int kind) {
    String picked = kind > 0 ? Await.event("left", String.class) : "none";
    return picked + (kind > 1 ? Await.event("right", String.class) : "-");
  }

  /** Waits in conditions of if, while and for, and in a for update. */
  @Resumable
  public int conditions() {
    int rounds = 0;
    if (Await.event("go", Boolean.class)) {
      rounds += 100;
    }
    while (Await.event("more", Boolean.class)) {
      rounds++;
    }
    for (int i = 0; i < Await.event("limit", Integer.class); i += Await.event("step", Integer.class)) {
      rounds += 10;
    }
    return rounds;
  }

  /** Receivers, string concatenation, arithmetic, array indexes and return values. */
  @Resumable
  public String operands(String[] names) {
    String shout = Await.event("word", String.class).toUpperCase();
    int sum = 3 * Await.event("n", Integer.class) - Await.event("n", Integer.class);
    String picked = names[Await.event("index", Integer.class)];
    return shout + sum + picked + Await.event("tail", String.class);
  }

  /** Both arguments wait, in order. */
  @Resumable
  public String bothArguments() {
    return String.join("+", Await.event("a", String.class), Await.event("b", String.class));
  }

  /** A thrown value computed after a wait. */
  @Resumable
  public int throwsWhatItWaitedFor() {
    throw new IllegalStateException("got " + Await.event("reason", String.class));
  }
}
