package dev.resumable;

/**
 * Suspension points. Inside a {@link Resumable} method the processor replaces each call with a
 * durable wait; called as plain Java (for instance from a unit test through {@link DirectRun}),
 * each call takes the next matching event from the run's script.
 */
public final class Await {

  private Await() {}

  /**
   * Waits for the event named {@code name} and returns its payload, which must be a {@code type}.
   * Events that arrive before the wait are kept in the instance's inbox and taken here.
   */
  public static <T> T event(String name, Class<T> type) {
    return DirectRun.current("event(\"" + name + "\")").take(name, type);
  }

  /**
   * Waits for the event {@code name} addressed by {@code key}, such as an order number: senders
   * that do not know the instance's id reach it with {@code Engine.signal(name, key, payload)}.
   * It can also be delivered by id like any event.
   */
  public static <T> T event(String name, String key, Class<T> type) {
    return DirectRun.current("event(\"" + name + "\", \"" + key + "\")").take(name, type);
  }

  /**
   * Waits for {@code duration}: a durable timer, which fires after a restart too (at once if it
   * became due meanwhile). In a plain run it returns at once.
   */
  public static void sleep(java.time.Duration duration) {
    DirectRun.current("sleep(" + duration + ")");
  }

  /**
   * Waits for whichever of {@code waits} comes first — e.g. an event or a timeout — and says
   * which fired and with what. An event already in the inbox counts at once. In a plain run, the
   * first scripted event that one of the waits names fires; with none left, the timer does.
   */
  public static Fired first(Wait... waits) {
    return DirectRun.current("first(...)").takeFirst(waits);
  }

  /**
   * Waits until every one of {@code waits} has completed: each event has arrived (events in the
   * inbox count at once) and the timer, if any, has fired. Returns the values in the order of
   * {@code waits}: each event's payload, null for a timer. The payload type of each
   * {@link Wait#event} must be a class literal.
   */
  public static java.util.List<Object> all(Wait... waits) {
    return DirectRun.current("all(...)").takeAll(waits);
  }

  /** Waits until {@code moment}; returns at once if it has passed. See {@link #sleep}. */
  public static void until(java.time.Instant moment) {
    DirectRun.current("until(" + moment + ")");
  }
}
