package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.DirectRun;
import dev.resumable.Outcome;
import dev.resumable.Status;
import dev.resumable.testkit.WorkflowTestKit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Runs a workflow twice: as plain Java with scripted events, and through a test kit that restarts
 * at every suspension, so that each step runs on a new engine and new receivers and starts from
 * nothing but the H2 file.
 */
final class Restarts {

  record Event(String name, Object payload) {}

  private final WorkflowTestKit kit;
  private final List<Event> events = new ArrayList<>();
  private final List<String> waits = new ArrayList<>();

  Restarts(WorkflowTestKit kit) {
    this.kit = kit;
  }

  /** A kit with all the test workflows' receivers that restarts at every suspension. */
  static WorkflowTestKit kit() {
    return WorkflowTestKit.create()
        .receiver(Flows.class, Flows::new)
        .receiver(ExpressionFlows.class, ExpressionFlows::new)
        .receiver(TryFlows.class, TryFlows::new)
        .receiver(SwitchFlows.class, SwitchFlows::new)
        .receiver(MoreFlows.class, MoreFlows::new)
        .receiver(StackFlows.class, StackFlows::new)
        .receiver(TimerFlows.class, TimerFlows::new)
        .receiver(Inventory.class, Inventory::new)
        .receiver(MoreFlows.Inner.class, () -> new MoreFlows().new Inner())
        .restartingAtEverySuspension();
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
   * On an empty store, starts the instance, then delivers each event, each step on an engine of
   * its own; returns the final outcome, read back by yet another engine.
   */
  Outcome<?> throughEngine(String id, Function<Resumer, Outcome<?>> start) {
    // Runs in one test reuse ids such as "instance"; each begins where nothing is stored.
    kit.reset();
    Outcome<?> outcome = start.apply(Resumer.on(kit.engine()));
    waits.add(outcome.waitingFor());
    if (!events.isEmpty() && !outcome.isWaiting()) {
      throw new AssertionError("ended before its events: " + outcome);
    }
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      outcome = Resumer.on(kit.engine()).resume(id, event.name(), event.payload());
      if (outcome.isWaiting()) {
        waits.add(outcome.waitingFor());
      }
      boolean last = i == events.size() - 1;
      if (!last && !outcome.isWaiting()) {
        throw new AssertionError("ended before event " + (i + 2) + ": " + outcome);
      }
    }
    return Resumer.on(kit.engine()).status(id);
  }

  /**
   * Runs the workflow both ways and asserts it completes through the engine with what plain Java
   * computes; returns that value for further checks.
   */
  <R> R assertSameAsPlainJava(Callable<R> plain, Function<Resumer, Outcome<?>> start)
      throws Exception {
    R expected = plain(plain);
    Outcome<?> outcome = throughEngine("instance", start);
    assertEquals(Status.COMPLETED, outcome.status(), outcome.toString());
    assertEquals(expected, outcome.result());
    return expected;
  }

  /** What the instance waited for after each step, in order: the order of its waits. */
  List<String> waits() {
    return waits;
  }
}
