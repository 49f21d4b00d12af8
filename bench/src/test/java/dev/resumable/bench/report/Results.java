package dev.resumable.bench.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;

/**
 * What one JMH run produced, found by short benchmark name ({@code P1HotLoopBenchmark.resumable}),
 * together with the benchmarks it left out and why.
 */
public final class Results {

  /** The package of every benchmark; names in rows leave it out. */
  public static final String PACKAGE = "dev.resumable.bench.";

  private final Collection<RunResult> runs;
  private final Map<String, String> skipped;

  public Results(Collection<RunResult> runs, Map<String, String> skipped) {
    this.runs = List.copyOf(runs);
    this.skipped = Map.copyOf(skipped);
  }

  /** Every result of {@code benchmark}, one per parameter combination. */
  public List<RunResult> of(String benchmark) {
    if (skipped.containsKey(benchmark)) {
      throw new Measure.Missing(skipped.get(benchmark));
    }
    List<RunResult> found = new ArrayList<>();
    for (RunResult run : runs) {
      if (run.getParams().getBenchmark().equals(PACKAGE + benchmark)) {
        found.add(run);
      }
    }
    if (found.isEmpty()) {
      throw new Measure.Missing("no result for " + benchmark + ": it failed or did not run;"
          + " see the run's output");
    }
    return found;
  }

  /** The one result of a benchmark without parameters, or with one value for each. */
  public RunResult only(String benchmark) {
    List<RunResult> found = of(benchmark);
    if (found.size() != 1) {
      throw new IllegalStateException(benchmark + " ran with " + found.size() + " parameter"
          + " sets; pick one with byParam");
    }
    return found.get(0);
  }

  /** The results of {@code benchmark} ordered by the numeric parameter {@code param}. */
  public List<RunResult> byParam(String benchmark, String param) {
    List<RunResult> found = new ArrayList<>(of(benchmark));
    found.sort(Comparator.comparingLong(r -> Long.parseLong(r.getParams().getParam(param))));
    return found;
  }

  public Collection<RunResult> all() {
    return runs;
  }

  public Map<String, String> skipped() {
    return skipped;
  }
}
