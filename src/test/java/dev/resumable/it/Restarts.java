package dev.resumable.it;

import dev.resumable.DirectRun;
import dev.resumable.Engine;
import dev.resumable.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Runs a workflow twice: as plain Java with scripted events, and through the engine with a new
 * engine, receiver and store connection for every event, so that each step starts from nothing
 * but the H2 file.
 */
final class Restarts {

  record Event(String name, Object payload) {}

  private final Path store;
  private final List<Event> events = new ArrayList<>();
  private final List<String> waits = new ArrayList<>();
  private int engines;

  Restarts(Path store) {
    this.store = store;
  }

  Restarts event(String name, Object payload) {
    events.add(new Event(name, payload));
    return this;
  }

  /** The value the method computes as plain Java. */
  <R> R plain(Callable<R> body) throws Exception {
    DirectRun run = DirectRun.script();
    events.forEach(e -> run.event(e.name(), e.payload()));
    return run.call(body);
  }

  /**
   * Starts the instance in one engine, then delivers each event in a fresh engine; returns the
   * final outcome, read back by yet another engine.
   */
  Outcome<?> throughEngine(String id, Function<Resumer, Outcome<?>> start) {
    try (Engine engine = freshEngine()) {
      Outcome<?> outcome = start.apply(Resumer.on(engine));
      waits.add(outcome.waitingFor());
      if (!events.isEmpty() && !outcome.isWaiting()) {
        throw new AssertionError("ended before its events: " + outcome);
      }
    }
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      try (Engine engine = freshEngine()) {
        Outcome<?> outcome = Resumer.on(engine).resume(id, event.name(), event.payload());
        if (outcome.isWaiting()) {
          waits.add(outcome.waitingFor());
        }
        boolean last = i == events.size() - 1;
        if (!last && !outcome.isWaiting()) {
          throw new AssertionError("ended before event " + (i + 2) + ": " + outcome);
        }
      }
    }
    try (Engine engine = freshEngine()) {
      return Resumer.on(engine).status(id);
    }
  }

  /** What the instance waited for after each step, in order: the order of its waits. */
  List<String> waits() {
    return waits;
  }

  /** How many engines the run used: one per step plus the final read. */
  int engines() {
    return engines;
  }

  /** An engine on the same store with all the test workflows registered. */
  Engine freshEngine() {
    engines++;
    return Engine.builder().storeFile(store)
        .receiver(Flows.class, new Flows())
        .receiver(ExpressionFlows.class, new ExpressionFlows())
        .receiver(TryFlows.class, new TryFlows())
        .receiver(SwitchFlows.class, new SwitchFlows())
        .receiver(MoreFlows.class, new MoreFlows())
        .receiver(StackFlows.class, new StackFlows())
        .receiver(TimerFlows.class, new TimerFlows())
        .receiver(Inventory.class, new Inventory())
        .receiver(MoreFlows.Inner.class, new MoreFlows().new Inner())
        .build();
  }
}
