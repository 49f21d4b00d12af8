package dev.resumable.bench.report;

import java.util.List;

/**
 * Reads one figure from a run's results. Throws {@link Missing} when the run has none, so the
 * row says why instead of the report failing.
 */
@FunctionalInterface
public interface Measure {

  Measured from(Results results);

  /** The benchmarks this figure needs, e.g. {@code P1HotLoopBenchmark.resumable}. */
  default List<String> benchmarks() {
    return List.of();
  }

  /** Why a figure is not there: a benchmark that needs a newer JDK, or that failed. */
  final class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Missing(String reason) {
      super(reason, null, false, false);
    }
  }
}
