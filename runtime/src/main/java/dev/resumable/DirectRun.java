package dev.resumable;

import dev.resumable.machine.PayloadTypes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.Callable;

/**
 * Runs workflow code as plain Java, with the events it waits for given up front: {@link
 * Await#event} takes the first scripted event of that name. Useful to test a workflow's logic, and
 * to compare what it computes as plain Java with what the engine computes across restarts.
 */
public final class DirectRun {

  private static final ThreadLocal<DirectRun> CURRENT = new ThreadLocal<>();

  private final Deque<Event> script = new ArrayDeque<>();

  private record Event(String name, Object payload) {}

  /** Results of branches, which a plain run computes where they start. */
  private final java.util.Map<String, Object> branchResults = new java.util.HashMap<>();

  private DirectRun() {}

  public static DirectRun script() {
    return new DirectRun();
  }

  /** Adds an event to the script, after those already added. */
  public DirectRun event(String name, Object payload) {
    InstanceIds.requireText(name, "event name");
    Arguments.payload(payload);
    script.add(new Event(name, payload));
    return this;
  }

  /** Calls {@code body} on this thread with this script answering every {@link Await} call. */
  public <T> T call(Callable<T> body) throws Exception {
    Arguments.notNull(body, "body");
    DirectRun previous = CURRENT.get();
    CURRENT.set(this);
    try {
      return body.call();
    } finally {
      CURRENT.set(previous);
    }
  }

  static DirectRun current(String awaited) {
    DirectRun run = CURRENT.get();
    if (run == null) {
      throw new IllegalStateException("[Resumable.NotInWorkflow] Await." + awaited
          + " was called as plain Java: start the @Resumable method through the generated"
          + " Resumer, or run it inside DirectRun.script()...call(...) in a test");
    }
    return run;
  }

  <T> Branch<T> branch(T result) {
    Branch<T> branch = new Branch<>("direct/" + (branchResults.size() + 1), "(plain run)");
    branchResults.put(branch.id(), result);
    return branch;
  }

  <T> T join(Branch<? extends T> branch) {
    if (!branchResults.containsKey(branch.id())) {
      throw new IllegalArgumentException("branch \"" + branch.id() + "\" was not started in"
          + " this plain run");
    }
    @SuppressWarnings("unchecked") // Await.branch stored a T under this id
    T result = (T) branchResults.get(branch.id());
    return result;
  }

  java.util.List<Object> takeAll(Wait... waits) {
    checkTimers(waits);
    java.util.List<Object> values = new java.util.ArrayList<>();
    for (Wait wait : waits) {
      values.add(wait instanceof Wait.ForEvent forEvent ? take(wait.name(), forEvent.type()) : null);
    }
    return values;
  }

  Fired takeFirst(Wait... waits) {
    checkTimers(waits);
    for (Iterator<Event> it = script.iterator(); it.hasNext(); ) {
      Event event = it.next();
      for (Wait wait : waits) {
        if (wait instanceof Wait.ForEvent forEvent && wait.name().equals(event.name())
            && PayloadTypes.accepts(forEvent.type(), event.payload())) {
          it.remove();
          return new Fired(event.name(), event.payload());
        }
      }
    }
    for (Wait wait : waits) {
      if (wait instanceof Wait.ForTimer) {
        return new Fired(wait.name(), null);
      }
    }
    throw new IllegalStateException("no scripted event is left for Await.first, which waits for"
        + " no timer; add one with DirectRun.script().event(...)");
  }

  /** Refuses a timer that would be due too late, as the engine does, by the system clock. */
  private static void checkTimers(Wait... waits) {
    java.time.Instant now = java.time.Instant.now();
    for (Wait wait : waits) {
      if (wait instanceof Wait.ForTimer timer) {
        timer.dueFrom(now);
      }
    }
  }

  <T> T take(String name, Class<T> type) {
    for (Iterator<Event> it = script.iterator(); it.hasNext(); ) {
      Event event = it.next();
      if (event.name().equals(name)) {
        it.remove();
        if (!PayloadTypes.accepts(type, event.payload())) {
          throw new IllegalArgumentException("scripted event \"" + name + "\" must be a "
              + type.getName() + " but is " + event.payload());
        }
        @SuppressWarnings("unchecked") // checked just above
        T payload = (T) PayloadTypes.boxed(type).cast(event.payload());
        return payload;
      }
    }
    throw new IllegalStateException("no scripted event \"" + name + "\" is left for"
        + " Await.event(\"" + name + "\", " + type.getSimpleName() + ".class); add it with"
        + " DirectRun.script().event(\"" + name + "\", ...)");
  }
}
