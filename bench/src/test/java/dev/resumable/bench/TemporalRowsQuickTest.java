package dev.resumable.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.bench.tenevents.Resumer;
import dev.resumable.bench.tenevents.TemporalTenEvents;
import dev.resumable.bench.tenevents.TenEvents;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs each benchmark of the rows compared with Temporal (P4, P8) once, with short histories, so
 * that a broken benchmark shows in the build rather than in the next measuring run. It measures
 * nothing: one single-shot call tells no time worth reading.
 */
class TemporalRowsQuickTest {

  @Test
  void everyBenchmarkRunsOnceAndGivesAResult() throws RunnerException {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(P4LongHistoryBenchmark.class.getName())
        .include(P8TenEventsBenchmark.class.getName())
        .mode(Mode.SingleShotTime)
        .warmupIterations(0)
        .measurementIterations(1)
        .forks(0) // in this JVM: a fork per benchmark would only add start-up time
        .param("resumableWaits", "20")
        .param("temporalWaits", "20")
        .verbosity(VerboseMode.SILENT)
        .build()).run();

    Map<String, Double> scores = new TreeMap<>();
    for (RunResult result : results) {
      scores.put(classAndMethod(result.getParams().getBenchmark()),
          result.getPrimaryResult().getScore());
    }
    assertEquals(List.of(
        "P4LongHistoryBenchmark.resumableLongHistory",
        "P4LongHistoryBenchmark.resumableShortHistory",
        "P4LongHistoryBenchmark.temporalLongHistory",
        "P4LongHistoryBenchmark.temporalShortHistory",
        "P8TenEventsBenchmark.resumableTenEvents",
        "P8TenEventsBenchmark.temporalTenSignals",
        "P8TenEventsBenchmark.temporalTenUpdates"), List.copyOf(scores.keySet()));
    scores.forEach((benchmark, score) ->
        assertTrue(score > 0 && Double.isFinite(score), benchmark + " gave " + score));
  }

  /** {@code P8TenEventsBenchmark.temporalTenSignals} of the benchmark's full name. */
  private static String classAndMethod(String benchmark) {
    int methodDot = benchmark.lastIndexOf('.');
    return benchmark.substring(benchmark.lastIndexOf('.', methodDot - 1) + 1);
  }

  @Test
  void bothEnginesDoTheSameWorkInP8() {
    try (Engine engine = Engine.builder().storeFile(StoreFiles.fresh("p8-same-work"))
        .receiver(TenEvents.class, new TenEvents()).build();
        TemporalTenEvents temporal = TemporalTenEvents.open()) {
      Resumer workflows = Resumer.on(engine);
      workflows.startSum("sum");
      for (int i = 1; i < TenEvents.EVENTS; i++) {
        assertTrue(workflows.resume("sum", "item", i).isWaiting());
      }
      int resumable = workflows.resume("sum", "item", TenEvents.EVENTS).result(Integer.class);

      assertEquals(55, resumable);
      assertEquals(55, temporal.runWithSignals());
      assertEquals(55, temporal.runWithUpdates());
    }
  }
}
