package dev.resumable.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The kinds of figure rows are made of. */
public final class Figures {

  private Figures() {}

  /**
   * A benchmark's median over its measured iterations, e.g. {@code @Resumable: 10.3 µs/op
   * (median of 12; mean 11.0 ± 0.9)}. The median, because a machine shared with other work
   * only ever adds time, in bursts that a mean takes in and a median mostly leaves out.
   */
  public static Measure score(String benchmark, String label) {
    return new OnBenchmark(benchmark, results -> scored(label, results.only(benchmark)));
  }

  /**
   * The median of {@code benchmark} at the largest ({@code largest} true) or smallest value of the
   * numeric parameter {@code param}.
   */
  public static Measure scoreAt(String benchmark, String param, boolean largest, String label) {
    return new OnBenchmark(benchmark, results -> scored(label,
        pick(results.byParam(benchmark, param), largest)));
  }

  /** A percentile of a sampled benchmark at one end of {@code param}'s range. */
  public static Measure percentileAt(String benchmark, String param, boolean largest,
      double percentile, String label) {
    return new OnBenchmark(benchmark, results -> {
      RunResult run = pick(results.byParam(benchmark, param), largest);
      Result<?> primary = run.getPrimaryResult();
      double value = primary.getStatistics().getPercentile(percentile);
      return new Measured(value, label + " at " + param + " " + countOf(run, param) + ": "
          + Numbers.plain(value) + " " + Numbers.unit(primary.getScoreUnit()));
    });
  }

  /**
   * A secondary result (an {@code @AuxCounters} figure), averaged over iterations, at one end of
   * {@code param}'s range.
   */
  public static Measure secondaryAt(String benchmark, String param, boolean largest,
      String metric, String label, Function<Double, String> format) {
    return new OnBenchmark(benchmark, results -> {
      RunResult run = pick(results.byParam(benchmark, param), largest);
      double value = secondary(run, metric);
      return new Measured(value, label + " at " + param + " " + countOf(run, param) + ": "
          + format.apply(value));
    });
  }

  /**
   * A line listing, for each value of {@code param}, what {@code each} reads from that result:
   * context for a row, not a side of its ratio.
   */
  public static Measure perParam(String benchmark, String param, String label,
      Function<RunResult, String> each) {
    return new OnBenchmark(benchmark, results -> {
      List<String> parts = new ArrayList<>();
      for (RunResult run : results.byParam(benchmark, param)) {
        parts.add(countOf(run, param) + ": " + each.apply(run));
      }
      return new Measured(Double.NaN, label + " by " + param + " — " + String.join("; ",
          parts));
    });
  }

  /** A figure that needs no benchmark run, such as a size. */
  public static Measure computed(String label, ToDoubleFunction<Results> value,
      Function<Double, String> format) {
    return results -> {
      double v = value.applyAsDouble(results);
      return new Measured(v, label + ": " + format.apply(v));
    };
  }

  /** The iterations' mean of an {@code @AuxCounters} figure. */
  public static double secondary(RunResult run, String metric) {
    Result<?> result = run.getSecondaryResults().get(metric);
    if (result == null) {
      throw new Measure.Missing(run.getParams().getBenchmark() + " reported no " + metric);
    }
    return result.getStatistics().getMean();
  }

  /** {@code p50 / p99} of a sampled result, in its unit. */
  public static String percentiles(RunResult run, double... percentiles) {
    Result<?> primary = run.getPrimaryResult();
    List<String> values = new ArrayList<>();
    for (double p : percentiles) {
      values.add(Numbers.plain(primary.getStatistics().getPercentile(p)));
    }
    return String.join(" / ", values) + " " + Numbers.unit(primary.getScoreUnit());
  }

  private static Measured scored(String label, RunResult run) {
    Result<?> primary = run.getPrimaryResult();
    double median = primary.getStatistics().getPercentile(50);
    String error = Double.isNaN(primary.getScoreError()) ? ""
        : " ± " + Numbers.plain(primary.getScoreError());
    return new Measured(median, label + ": " + Numbers.plain(median) + " "
        + Numbers.unit(primary.getScoreUnit()) + " (median of " + primary.getSampleCount()
        + "; mean " + Numbers.plain(primary.getScore()) + error + ")");
  }

  private static RunResult pick(List<RunResult> ordered, boolean largest) {
    return ordered.get(largest ? ordered.size() - 1 : 0);
  }

  private static String countOf(RunResult run, String param) {
    return Numbers.count(Long.parseLong(run.getParams().getParam(param)));
  }

  /** A measure that names the benchmark it reads, so the run includes it. */
  private record OnBenchmark(String benchmark, Function<Results, Measured> read)
      implements Measure {

    @Override
    public Measured from(Results results) {
      return read.apply(results);
    }

    @Override
    public List<String> benchmarks() {
      return List.of(benchmark);
    }
  }
}
