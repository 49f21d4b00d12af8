package dev.resumable.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quick mode of the benchmarks, part of the normal build: every benchmark the report reads
 * runs once, with tiny parameters, and every row gets its figures. Nothing here looks at how
 * fast anything is, and nothing is written.
 */
class QuickRunTest {

  @Test
  void everyBenchmarkRunsOnceAndEveryRowGetsItsFigures() throws Exception {
    List<Row> rows = Rows.all();
    Results results = BenchmarkRuns.quick(rows);

    for (Row row : rows) {
      Row.Evaluated evaluated = row.evaluate(results);
      boolean skipped = row.benchmarks().stream().anyMatch(results.skipped()::containsKey);
      if (skipped) {
        assertTrue(evaluated.verdict().startsWith("needs JDK "), evaluated.toString());
      } else {
        assertTrue(evaluated.hasRatio(), row.id() + " has no ratio: " + evaluated.verdict());
        assertTrue(evaluated.ratio() > 0 && Double.isFinite(evaluated.ratio()),
            row.id() + ": " + evaluated.ratio());
        assertFalse(evaluated.raw().stream().anyMatch(text -> text.contains("no result")
            || text.contains("reported no")), row.id() + ": " + evaluated.raw());
      }
    }
  }

  @Test
  void theReportHasOneTableLinePerRowAndNamesTheMachine() {
    Row p1 = Rows.all().get(0);
    Results none = new Results(List.of(), java.util.Map.of());
    String report = MarkdownReport.render(List.of(p1.evaluate(none)), Environment.of(none),
        Instant.parse("2026-01-01T00:00:00Z"));

    assertTrue(report.contains("| P1 | A hot loop"), report);
    assertTrue(report.contains("no result for P1HotLoopBenchmark.resumable"), report);
    assertTrue(report.contains("- JDK: " + System.getProperty("java.version")), report);
    assertTrue(report.contains(Runtime.getRuntime().availableProcessors() + " cores"), report);
  }

  @Test
  void aRowMeetsItsTargetOrSaysItMissedIt() {
    assertEquals("yes", Target.atMost(1.05).verdict(1.04));
    assertEquals("**no, missed**", Target.atMost(1.05).verdict(1.06));
    assertEquals("yes", Target.atLeast(1.0).verdict(1.0));
    assertEquals("**no, missed**", Target.atLeast(1.0).verdict(0.4));
    assertEquals("report only", Target.none().verdict(3));
  }

  @Test
  void ratiosReadWithThreeSignificantDigits() {
    assertEquals("1.02×", Numbers.ratio(1.0234));
    assertEquals("0.0453×", Numbers.ratio(0.045312));
    assertEquals("12.5×", Numbers.ratio(12.46));
    assertEquals("123,457", Numbers.plain(123456.7));
  }
}
