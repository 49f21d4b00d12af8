package dev.resumable.it.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.resumable.DirectRun;
import dev.resumable.it.differential.DifferentialCase.Event;
import dev.resumable.it.differential.DifferentialCase.Step;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of a suite as plain Java and through the engine, step by step, each step of all
 * cases of all suites together in one fresh JVM on one H2 file ({@link Batch}); one test per case
 * then compares. Subclasses only define their cases (see the package documentation).
 */
// Runs each workflow as plain Java too, on purpose, to compare.
@SuppressWarnings("resumable")
public abstract class DifferentialSuite {

  /** Adds this suite's cases and the receivers they need. */
  protected abstract void define(Cases cases);

  final Cases cases() {
    Cases cases = new Cases();
    define(cases);
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> sameAsPlainJava() throws Exception {
    Batch batch = Batch.of(getClass());
    return cases().all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      if (!batch.crashes.isEmpty()) {
        fail(String.join("\n", batch.crashes));
      }
      check(c, batch.of(getClass(), c));
    }));
  }

  /**
   * Each step but the last leaves the instance waiting for what the next step delivers; the last
   * ends it with what plain Java computes, as the step's JVM holds it and as stored.
   */
  private static void check(DifferentialCase c, List<Report> reports) throws Exception {
    List<Step> steps = c.steps();
    for (Report report : reports) {
      if (report.kind() == Report.Kind.ERROR) {
        fail("step " + report.step() + " threw:\n" + report.text());
      }
    }
    for (int step = 0; step < steps.size(); step++) {
      Report report = reportOf(reports, step, Report.Kind.WAITING);
      if (report == null) {
        fail("expected to wait for " + steps.get(step) + " after step " + step + ", but: "
            + reports);
      }
      if (!steps.get(step).expects(report.text())) {
        fail("after step " + step + " it waits for " + report.text() + ", not for "
            + steps.get(step));
      }
    }
    int last = steps.size();
    Report ended = reportOf(reports, last, Report.Kind.ENDED);
    Report stored = reportOf(reports, last, Report.Kind.STORED);
    if (ended == null || stored == null) {
      fail("expected to end at step " + last + ", but: " + reports);
    }
    Plain plain = Plain.run(c);
    assertEquals(plain.rendered(), ended.text(), "the end, as the last step's JVM holds it");
    assertEquals(plain.stored(), stored.text(), "the end, as stored");
  }

  private static Report reportOf(List<Report> reports, int step, Report.Kind kind) {
    return reports.stream().filter(r -> r.step() == step && r.kind() == kind).findFirst()
        .orElse(null);
  }

  /** What the case's method does as plain Java, rendered as the step's JVM renders an end. */
  private record Plain(String rendered, String stored) {

    static Plain run(DifferentialCase c) {
      DirectRun run = DirectRun.script();
      for (Event event : c.events()) {
        run.event(event.name(), event.payload());
      }
      try {
        Object result = run.call(c.plain());
        return new Plain(Rendering.of(result), Rendering.of(result));
      } catch (Exception e) {
        return new Plain(Rendering.ofThrown(e),
            StepJvm.storedFailure(e.getClass().getName(), e.getMessage()));
      }
    }
  }
}
