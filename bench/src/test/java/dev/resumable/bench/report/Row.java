package dev.resumable.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of BENCHMARKS.md: what was measured, the ratio of two figures from the same run, the
 * target it should meet, and the raw figures behind it.
 *
 * @param context further figures shown with the row, not part of its ratio
 */
public record Row(String id, String measured, Measure numerator, Measure denominator,
    Target target, List<Measure> context) {

  /** A row whose ratio is {@code numerator / denominator}. */
  public static Row ratio(String id, String measured, Measure numerator, Measure denominator,
      Target target, Measure... context) {
    return new Row(id, measured, numerator, denominator, target, List.of(context));
  }

  /** Every benchmark the row reads, so that the run includes each of them. */
  public Set<String> benchmarks() {
    Set<String> names = new LinkedHashSet<>(numerator.benchmarks());
    names.addAll(denominator.benchmarks());
    context.forEach(measure -> names.addAll(measure.benchmarks()));
    return names;
  }

  /** The row's figures in {@code results}; a row without them says why. */
  public Evaluated evaluate(Results results) {
    Measured top;
    Measured bottom;
    try {
      top = numerator.from(results);
      bottom = denominator.from(results);
    } catch (Measure.Missing missing) {
      return new Evaluated(this, Double.NaN, missing.getMessage(), List.of());
    }
    double ratio = top.value() / bottom.value();
    List<String> raw = new ArrayList<>(List.of(top.text(), bottom.text()));
    for (Measure measure : context) {
      try {
        raw.add(measure.from(results).text());
      } catch (Measure.Missing missing) {
        raw.add(missing.getMessage());
      }
    }
    return new Evaluated(this, ratio, target.verdict(ratio), raw);
  }

  /** A row with its figures: the ratio (NaN if missing), the verdict, the raw figures. */
  public record Evaluated(Row row, double ratio, String verdict, List<String> raw) {

    public boolean hasRatio() {
      return !Double.isNaN(ratio);
    }
  }
}
