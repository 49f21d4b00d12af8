package dev.resumable.it.differential;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import dev.resumable.it.differential.DifferentialCase.Event;
import dev.resumable.it.differential.DifferentialCase.Step;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The main class of one step's JVM: opens an engine on the store file and runs step {@code n} of
 * every case of the suites named that has one — the start for step 0, else the case's n-th step —
 * then prints a {@link Report} per case and exits. Nothing but the store links it to the JVM
 * before.
 */
public final class StepJvm {

  /** Far enough that any timer the step before set is due, and the clock never goes back. */
  private static final Duration CLOCK_STRIDE = Duration.ofDays(366);

  private StepJvm() {}

  /**
   * Arguments: the step number, the store directory, the suites' class names. Each suite has a
   * store file and an engine of its own, so that suites cannot affect each other's instances.
   */
  public static void main(String[] args) throws Exception {
    int step = Integer.parseInt(args[0]);
    Clock clock = Clock.offset(Clock.systemUTC(), CLOCK_STRIDE.multipliedBy(step));
    for (int i = 2; i < args.length; i++) {
      String suite = args[i];
      Cases cases = instantiate(suite).cases();
      Engine.Builder builder = Engine.builder().clock(clock)
          .storeFile(Path.of(args[1]).resolve(suite.substring(suite.lastIndexOf('.') + 1)));
      for (Map.Entry<Class<?>, Supplier<?>> receiver : cases.receivers().entrySet()) {
        register(builder, receiver.getKey(), receiver.getValue());
      }
      try (Engine engine = builder.build()) {
        Resumer resumer = Resumer.on(engine);
        for (DifferentialCase c : cases.all()) {
          if (step <= c.steps().size()) {
            run(engine, resumer, suite, c, step).forEach(r -> System.out.println(r.line()));
          }
        }
      }
    }
  }

  static DifferentialSuite instantiate(String suite) throws ReflectiveOperationException {
    return (DifferentialSuite) Class.forName(suite).getDeclaredConstructor().newInstance();
  }

  /** The instance id of a case: unique across suites, which share one store. */
  static String instanceId(String suite, DifferentialCase c) {
    return suite.substring(suite.lastIndexOf('.') + 1) + ":" + c.name();
  }

  private static <T> void register(Engine.Builder builder, Class<T> type, Supplier<?> receiver) {
    builder.receiver(type, type.cast(receiver.get()));
  }

  private static List<Report> run(Engine engine, Resumer resumer, String suite,
      DifferentialCase c, int step) {
    String id = instanceId(suite, c);
    try {
      Outcome<?> outcome;
      if (step == 0) {
        outcome = c.start().start(resumer, id);
      } else {
        Step next = c.steps().get(step - 1);
        if (next instanceof Event event) {
          outcome = engine.resume(id, event.name(), event.payload());
        } else {
          engine.fireDueTimers();
          outcome = engine.status(id);
        }
      }
      if (outcome.isWaiting()) {
        return List.of(report(suite, c, step, Report.Kind.WAITING, outcome.waitingFor()));
      }
      return List.of(report(suite, c, step, Report.Kind.ENDED, rendered(outcome)),
          report(suite, c, step, Report.Kind.STORED, stored(engine.status(id))));
    } catch (Throwable e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      return List.of(report(suite, c, step, Report.Kind.ERROR, trace.toString()));
    }
  }

  private static Report report(String suite, DifferentialCase c, int step, Report.Kind kind,
      String text) {
    return new Report(suite, c.name(), step, kind, text);
  }

  /** The end as the step's JVM holds it: the result, or the exception with all it carries. */
  private static String rendered(Outcome<?> outcome) {
    if (outcome.isCompleted()) {
      return Rendering.of(outcome.result());
    }
    if (outcome.isFailed() && outcome.failure().exception() != null) {
      return Rendering.ofThrown(outcome.failure().exception());
    }
    return outcome.toString();
  }

  /** The end as stored: the decoded result, or the failure's class and message. */
  static String stored(Outcome<?> outcome) {
    if (outcome.isCompleted()) {
      return Rendering.of(outcome.result());
    }
    if (outcome.isFailed()) {
      return storedFailure(outcome.failure().type(), outcome.failure().message());
    }
    return outcome.toString();
  }

  static String storedFailure(String type, String message) {
    return "failed " + type + ": " + message;
  }
}
