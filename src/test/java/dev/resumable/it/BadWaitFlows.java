package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Branch;
import dev.resumable.Resumable;
import dev.resumable.Wait;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Workflows whose code passes a bad argument to a wait, a branch or a join, chosen by name, so
 * that one table can try each of them after a committed wait and compare the stored row.
 */
public class BadWaitFlows {

  /**
   * Waits for "go" (if {@code waitFirst}), then makes the bad call {@code kind} names, with
   * {@code text} or {@code number} as its argument where one is given.
   */
  @Resumable(computedEventNames = true) // bad names on purpose
  public static String misuse(String kind, String text, long number, boolean waitFirst) {
    if (waitFirst) {
      Await.event("go", String.class);
    }
    String none = null;
    Class<String> noType = null;
    Branch<String> noBranch = null;
    List<Branch<String>> noBranches = null;
    if (kind.equals("event name")) {
      return Await.event(text, String.class);
    } else if (kind.equals("event lone surrogate")) {
      return Await.event("lone" + (char) 0xD800, String.class); // made here: no local holds it
    } else if (kind.equals("event null name")) {
      return Await.event(none, String.class);
    } else if (kind.equals("event key")) {
      return Await.event("keyed", text.isEmpty() ? none : text, String.class);
    } else if (kind.equals("first event type")) {
      Await.first(Wait.event("typed", noType));
    } else if (kind.equals("event void")) {
      Await.event("nothing", Void.class);
    } else if (kind.equals("sleep")) {
      Await.sleep(Duration.ofSeconds(number));
    } else if (kind.equals("sleep null")) {
      Await.sleep(null);
    } else if (kind.equals("until")) {
      Await.until(Instant.ofEpochSecond(number));
    } else if (kind.equals("until null")) {
      Await.until(null);
    } else if (kind.equals("first empty")) {
      Await.first();
    } else if (kind.equals("first null array")) {
      Await.first((Wait[]) null);
    } else if (kind.equals("first null wait")) {
      Await.first(Wait.event("a", String.class), null);
    } else if (kind.equals("first reserved")) {
      Await.first(Wait.event(text, String.class), Wait.timeout(Duration.ofHours(1)));
    } else if (kind.equals("first timeout")) {
      Await.first(Wait.event("a", String.class), Wait.timeout(Duration.ofSeconds(number)));
    } else if (kind.equals("all event name")) {
      Await.all(Wait.event(text.isEmpty() ? none : text, String.class));
    } else if (kind.equals("all until")) {
      Await.all(Wait.event("a", String.class), Wait.until(Instant.ofEpochSecond(number)));
    } else if (kind.equals("join null")) {
      return Await.join(noBranch);
    } else if (kind.equals("join foreign")) {
      return Await.join(new Branch<String>(text, "dev.resumable.it.BadWaitFlows#napFor(long)"));
    } else if (kind.equals("joinAll null")) {
      Await.joinAll(noBranches);
    } else if (kind.equals("joinAll null branch")) {
      List<Branch<String>> some = new ArrayList<>();
      some.add(null);
      Await.joinAll(some);
    } else if (kind.equals("joinAny empty")) {
      Await.joinAny(new ArrayList<Branch<String>>());
    } else if (kind.equals("caught")) {
      try {
        Await.sleep(Duration.ofSeconds(number));
      } catch (IllegalArgumentException e) {
        return "caught: " + e.getMessage();
      }
    } else if (kind.equals("branch")) {
      Branch<String> fine = Await.branch(napFor(10));
      Branch<String> bad = Await.branch(napFor(number));
      return Await.join(fine) + Await.join(bad);
    }
    return kind + " was taken";
  }

  /** Sleeps {@code seconds}: a branch whose first step a negative number makes bad. */
  @Resumable
  public static String napFor(long seconds) {
    Await.sleep(Duration.ofSeconds(seconds));
    return "napped " + seconds;
  }

  /** Sleeps a second, then for {@code seconds}: a timer whose firing runs the bad call. */
  @Resumable
  public static String napThenSleep(long seconds) {
    Await.sleep(Duration.ofSeconds(1));
    Await.sleep(Duration.ofSeconds(seconds));
    return "slept";
  }

  /** Branches {@code depth} levels deep; the innermost waits for "go". */
  @Resumable
  public static String nest(int depth) {
    if (depth == 0) {
      return Await.event("go", String.class);
    }
    Branch<String> inner = Await.branch(nest(depth - 1));
    String got = Await.join(inner);
    return got + "<";
  }
}
