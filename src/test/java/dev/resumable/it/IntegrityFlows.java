package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Fired;
import dev.resumable.Resumable;
import dev.resumable.Wait;
import java.time.Duration;

/**
 * Workflows for the integrity drills: static, so that any JVM runs them without receivers, and
 * together they stop at every kind of wait the engine stores.
 */
public class IntegrityFlows {

  /** Adds up {@code count} events; the drills know what each instance must end with. */
  @Resumable
  public static long tally(int count) {
    long total = 0;
    for (int i = 0; i < count; i++) {
      total += Await.event("n", Long.class);
    }
    return total;
  }

  /** One of each wait in turn: an event, a timer, a first-of, an all-of, a keyed event. */
  @Resumable
  public static String medley(String tag) {
    int a = Await.event("a", Integer.class);
    Await.sleep(Duration.ofSeconds(10));
    Fired fired = Await.first(Wait.event("b", String.class), Wait.timeout(Duration.ofHours(1)));
    String first = fired.timedOut() ? "timeout" : fired.value(String.class);
    String all = Await.all(Wait.event("c", String.class), Wait.event("d", Integer.class))
        .toString();
    String keyed = Await.event("k", tag, String.class);
    return tag + ":" + a + ":" + first + ":" + all + ":" + keyed;
  }

  /** A wait two frames down, so that the stored stack has a caller and a callee. */
  @Resumable
  public static String outerOfTwo(String tag) {
    String inner = innerOfTwo(tag);
    return inner + "!";
  }

  @Resumable
  static String innerOfTwo(String tag) {
    return tag + Await.event("x", String.class);
  }

  /** Waits for any exception: an early IOException kept in the inbox must be taken. */
  @Resumable
  public static String anyProblem(String tag) {
    String first = Await.event("first", String.class);
    Exception problem = Await.event("problem", Exception.class);
    return tag + first + ": " + problem.getMessage();
  }

  /** Sleeps, then says its tag: a timer and nothing else. */
  @Resumable
  public static String nap(String tag, long seconds) {
    Await.sleep(Duration.ofSeconds(seconds));
    return tag + " woke";
  }

  /** Waits for a keyed event. */
  @Resumable
  public static String keyed(String key) {
    return key + "=" + Await.event("keyed", key, String.class);
  }

  /** Waits for event {@code name} by {@code key}: names and keys that index alike. */
  @Resumable(computedEventNames = true)
  public static String namedKeyed(String name, String key) {
    return name + "|" + key + "=" + Await.event(name, key, String.class);
  }

  /** Counts how often the code after its wait runs, per instance: the drills expect once. */
  @Resumable
  public static long once(String tag) {
    long got = Await.event("n", Long.class);
    AFTER_WAIT.merge(tag, 1, Integer::sum);
    return got;
  }

  /** Runs of the code after the wait in {@link #once}, by tag. */
  static final java.util.concurrent.ConcurrentMap<String, Integer> AFTER_WAIT =
      new java.util.concurrent.ConcurrentHashMap<>();
}
