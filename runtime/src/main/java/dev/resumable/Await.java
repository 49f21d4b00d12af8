package dev.resumable;

/**
 * Suspension points. Inside a {@link Resumable} method the processor replaces each call with a
 * durable wait; called as plain Java (for instance from a unit test through {@link DirectRun}),
 * each call takes the next matching event from the run's script.
 *
 * <p>Every call checks its arguments first, the same way in both: a null, a blank name or key
 * or one longer than {@value InstanceIds#MAX_LENGTH} characters, an event name starting with
 * {@code "branch:"}, a negative duration, a timer due after {@link
 * WorkflowArguments#LATEST_DUE}, an empty {@link #first} or {@link #joinAny} is refused with a
 * {@link WorkflowArgumentException} naming the call and the parameter. In an engine the step that
 * made the call is then not committed: the instance stays as it was, and the start, resume or
 * timer that ran it throws (or reports) the exception.
 */
public final class Await {

  private Await() {}

  /**
   * Waits for the event named {@code name} and returns its payload, which must be a {@code type}.
   * Events that arrive before the wait are kept in the instance's inbox and taken here.
   */
  public static <T> T event(String name, Class<T> type) {
    WorkflowArguments.awaitedName(name, "Await.event");
    WorkflowArguments.payloadType(type, "Await.event");
    return DirectRun.current("event(\"" + name + "\")").take(name, type);
  }

  /**
   * Waits for the event {@code name} addressed by {@code key}, such as an order number: senders
   * that do not know the instance's id reach it with {@code Engine.signal(name, key, payload)}.
   * It can also be delivered by id like any event.
   */
  public static <T> T event(String name, String key, Class<T> type) {
    WorkflowArguments.awaitedName(name, "Await.event");
    WorkflowArguments.text(key, "Await.event", "key");
    WorkflowArguments.payloadType(type, "Await.event");
    return DirectRun.current("event(\"" + name + "\", \"" + key + "\")").take(name, type);
  }

  /**
   * Waits for {@code duration}, zero or more: a durable timer, which fires after a restart too (at
   * once if it became due meanwhile). In a plain run it returns at once.
   */
  public static void sleep(java.time.Duration duration) {
    WorkflowArguments.dueAfter(java.time.Instant.now(), duration, "Await.sleep");
    DirectRun.current("sleep(" + duration + ")");
  }

  /**
   * Waits for whichever of {@code waits} comes first — e.g. an event or a timeout — and says
   * which fired and with what. An event already in the inbox counts at once. In a plain run, the
   * first scripted event that one of the waits names fires; with none left, the timer does.
   */
  public static Fired first(Wait... waits) {
    WorkflowArguments.waits(waits, "Await.first", true);
    return DirectRun.current("first(...)").takeFirst(waits);
  }

  /**
   * Waits until every one of {@code waits} has completed: each event has arrived (events in the
   * inbox count at once) and the timer, if any, has fired. Returns the values in the order of
   * {@code waits}: each event's payload, null for a timer. The payload type of each
   * {@link Wait#event} must be a class literal.
   */
  public static java.util.List<Object> all(Wait... waits) {
    WorkflowArguments.waits(waits, "Await.all", false);
    return DirectRun.current("all(...)").takeAll(waits);
  }

  /**
   * Waits until {@code moment}; returns at once if it has passed. See {@link #sleep}. It can be
   * no later than {@link WorkflowArguments#LATEST_DUE}.
   */
  public static void until(java.time.Instant moment) {
    WorkflowArguments.moment(moment, "Await.until");
    DirectRun.current("until(" + moment + ")");
  }

  /**
   * Starts a branch: {@code call} must be a call of a {@code @Resumable} method, written in place,
   * e.g. {@code Await.branch(reserveStock(order))}. Instead of running inline, the call runs as an
   * instance of its own (id {@code <this id>/<n>}), started and run to its first wait before this
   * step commits, while this method goes on at once. Join it later with {@link #join}, {@link
   * #joinAll} or {@link #joinAny}. A branch never outlives the instance that started it: when
   * that one ends — completed, failed or cancelled — branches still running are cancelled.
   *
   * <p>In a plain run the call has already run where it is written, and the branch holds its
   * result.
   */
  public static <T> Branch<T> branch(T call) {
    return DirectRun.current("branch(...)").branch(call);
  }

  /**
   * Starts a branch of a {@code void} method: {@code call} must be a lambda that is just the call
   * of a {@code @Resumable} method, e.g. {@code Await.branch(() -> notifyCustomer(order))} (Java
   * cannot pass a void call as an argument). Otherwise it is {@link #branch(Object)}: the call
   * runs as an instance of its own, and {@link #join} of the branch returns null once it has
   * ended, or throws its exception.
   *
   * <p>In a plain run the lambda runs here, and the branch holds null.
   */
  public static Branch<Void> branch(Runnable call) {
    WorkflowArguments.present(call, "Await.branch", "call");
    DirectRun run = DirectRun.current("branch(...)");
    call.run();
    return run.branch(null);
  }

  /**
   * Waits until {@code branch} has ended and returns its result; if it failed (or was
   * cancelled), throws its exception here, restored as the most specific of its classes that
   * code names.
   */
  public static <T> T join(Branch<T> branch) {
    WorkflowArguments.present(branch, "Await.join", "branch");
    return DirectRun.current("join(...)").join(branch);
  }

  /**
   * Waits until all of {@code branches} have ended and returns their results in the order of
   * the list. If one fails, throws its exception as soon as it does, without waiting for the
   * others (which go on until this instance ends, or are joined again).
   */
  public static <T> java.util.List<T> joinAll(
      java.util.List<? extends Branch<? extends T>> branches) {
    WorkflowArguments.branches(branches, "Await.joinAll", false);
    DirectRun run = DirectRun.current("joinAll(...)");
    java.util.List<T> results = new java.util.ArrayList<>();
    branches.forEach(b -> results.add(run.join(b)));
    return results;
  }

  /**
   * Waits until the first of {@code branches} ends and returns its result, or throws its
   * exception if it failed. The others go on. In a plain run, the first in the list counts.
   */
  public static <T> T joinAny(java.util.List<? extends Branch<? extends T>> branches) {
    WorkflowArguments.branches(branches, "Await.joinAny", true);
    return DirectRun.current("joinAny(...)").join(branches.get(0));
  }
}
