package dev.resumable.it.differential;

import dev.resumable.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One construct under test: the workflow called as plain Java, the same call started through the
 * engine, and the steps that drive it to its end. Built by {@link Cases#add}.
 */
public final class DifferentialCase {

  /** Starts the workflow through the generated {@code Resumer} under the instance id given. */
  @FunctionalInterface
  public interface Start {
    Outcome<?> start(Resumer resumer, String id);
  }

  /** What the test does after the start: deliver an event, or let the due timers fire. */
  sealed interface Step {
    /** Whether an instance that waits for {@code waitingFor} waits for this step. */
    boolean expects(String waitingFor);
  }

  record Event(String name, Object payload) implements Step {
    @Override
    public boolean expects(String waitingFor) {
      return waitingFor != null && waitingFor.contains("\"" + name + "\"");
    }

    @Override
    public String toString() {
      return "event \"" + name + "\"";
    }
  }

  record Timers() implements Step {
    @Override
    public boolean expects(String waitingFor) {
      return waitingFor != null && waitingFor.contains("timer");
    }

    @Override
    public String toString() {
      return "the due timers";
    }
  }

  private final String name;
  private final Callable<?> plain;
  private final Start start;
  private final List<Step> steps = new ArrayList<>();

  DifferentialCase(String name, Callable<?> plain, Start start) {
    this.name = name;
    this.plain = plain;
    this.start = start;
  }

  /**
   * Adds an event, delivered in a JVM of its own after the steps before it; as plain Java, the
   * next {@code Await.event} of that name takes it.
   */
  public DifferentialCase event(String eventName, Object payload) {
    steps.add(new Event(eventName, payload));
    return this;
  }

  /**
   * Adds a step that fires every due timer, in a JVM whose clock is a year past the step before;
   * as plain Java, {@code Await.sleep} does not wait.
   */
  public DifferentialCase timers() {
    steps.add(new Timers());
    return this;
  }

  String name() {
    return name;
  }

  Callable<?> plain() {
    return plain;
  }

  Start start() {
    return start;
  }

  List<Step> steps() {
    return steps;
  }

  List<Event> events() {
    List<Event> events = new ArrayList<>();
    for (Step step : steps) {
      if (step instanceof Event event) {
        events.add(event);
      }
    }
    return events;
  }
}
