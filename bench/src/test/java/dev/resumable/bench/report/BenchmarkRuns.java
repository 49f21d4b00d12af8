package dev.resumable.bench.report;

import dev.resumable.bench.RequiresJdk;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs the benchmarks that rows read, either in full or once each as a smoke test. */
public final class BenchmarkRuns {

  /**
   * Parameters of the quick run, by JMH parameter name: small enough that every benchmark runs
   * once in seconds. The full run uses each benchmark's own {@code @Param} values.
   */
  static final Map<String, String[]> QUICK_PARAMS = Map.of(
      "lines", new String[] {"1000"},
      "methods", new String[] {"10"},
      "count", new String[] {"100", "1000"},
      "resumableWaits", new String[] {"20"},
      "temporalWaits", new String[] {"20"});

  private BenchmarkRuns() {}

  /**
   * Every benchmark with the warm-up and iterations its class declares, in rounds: each round
   * runs one fork of every benchmark, in the order the rows name them, until each has run as
   * many forks as it declares. The two sides of a ratio thus alternate in time, and a machine
   * that gets busier or quieter during the run moves both. JMH's JSON of all forks goes to
   * {@code json}. A benchmark that fails leaves its rows without figures, not the report.
   */
  public static Results full(List<Row> rows, Path json) throws RunnerException {
    Set<String> benchmarks = benchmarksOf(rows);
    Map<String, String> skipped = needingNewerJdk(benchmarks);
    benchmarks.removeAll(skipped.keySet());
    int rounds = benchmarks.stream().mapToInt(BenchmarkRuns::forks).max().orElse(0);
    List<RunResult> forks = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      for (String benchmark : benchmarks) {
        if (forks(benchmark) >= round) {
          forks.addAll(new Runner(new OptionsBuilder()
              .include(pattern(benchmark))
              .forks(1)
              .shouldFailOnError(false)
              .build()).run());
        }
      }
    }
    Collection<RunResult> merged = merged(forks);
    ResultFormatFactory.getInstance(ResultFormatType.JSON, json.toString()).writeOut(merged);
    return new Results(merged, skipped);
  }

  /**
   * Every benchmark once, in this JVM, with tiny parameters: a single shot, no warm-up. Proves
   * that each runs and reports a figure; the figures themselves mean nothing.
   */
  public static Results quick(List<Row> rows) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .mode(Mode.SingleShotTime)
        .measurementBatchSize(1)
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT);
    QUICK_PARAMS.forEach(options::param);
    return run(rows, options);
  }

  private static Results run(List<Row> rows, ChainedOptionsBuilder options)
      throws RunnerException {
    Set<String> benchmarks = benchmarksOf(rows);
    Map<String, String> skipped = needingNewerJdk(benchmarks);
    for (String benchmark : benchmarks) {
      if (!skipped.containsKey(benchmark)) {
        options.include(pattern(benchmark));
      }
    }
    Collection<RunResult> runs = new Runner(options.build()).run();
    return new Results(runs, skipped);
  }

  private static Set<String> benchmarksOf(List<Row> rows) {
    Set<String> benchmarks = new LinkedHashSet<>();
    rows.forEach(row -> benchmarks.addAll(row.benchmarks()));
    return benchmarks;
  }

  private static String pattern(String benchmark) {
    return "^" + Pattern.quote(Results.PACKAGE + benchmark) + "$";
  }

  /** The forks a benchmark declares with {@code @Fork}, on its method or its class; 1 if none. */
  private static int forks(String benchmark) {
    Method method = method(benchmark);
    Fork fork = method.isAnnotationPresent(Fork.class) ? method.getAnnotation(Fork.class)
        : method.getDeclaringClass().getAnnotation(Fork.class);
    return fork == null || fork.value() < 1 ? 1 : fork.value();
  }

  /** One result per benchmark and parameter set, with the iterations of all its forks. */
  private static Collection<RunResult> merged(List<RunResult> forks) {
    Map<String, List<RunResult>> byKey = new LinkedHashMap<>();
    for (RunResult fork : forks) {
      BenchmarkParams params = fork.getParams();
      StringBuilder key = new StringBuilder(params.getBenchmark());
      params.getParamsKeys().forEach(k -> key.append(' ').append(k).append('=')
          .append(params.getParam(k)));
      byKey.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(fork);
    }
    List<RunResult> merged = new ArrayList<>();
    for (List<RunResult> same : byKey.values()) {
      List<BenchmarkResult> results = new ArrayList<>();
      same.forEach(fork -> results.addAll(fork.getBenchmarkResults()));
      merged.add(new RunResult(same.get(0).getParams(), results));
    }
    return merged;
  }

  /** The benchmarks this JDK cannot run, each with the row's explanation. */
  static Map<String, String> needingNewerJdk(Set<String> benchmarks) {
    Map<String, String> skipped = new LinkedHashMap<>();
    int feature = Runtime.version().feature();
    for (String benchmark : benchmarks) {
      RequiresJdk requires = method(benchmark).getAnnotation(RequiresJdk.class);
      if (requires != null && feature < requires.value()) {
        skipped.put(benchmark, "needs JDK " + requires.value() + "+ (this run: JDK "
            + Runtime.version() + ")");
      }
    }
    return skipped;
  }

  private static Method method(String benchmark) {
    int dot = benchmark.lastIndexOf('.');
    String className = Results.PACKAGE + benchmark.substring(0, dot);
    String methodName = benchmark.substring(dot + 1);
    try {
      for (Method method : Class.forName(className).getMethods()) {
        if (method.getName().equals(methodName)) {
          return method;
        }
      }
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("a row names benchmark " + benchmark + ", but there is"
          + " no class " + className + "; name it as Class.method in package "
          + Results.PACKAGE, e);
    }
    throw new IllegalArgumentException("a row names benchmark " + benchmark + ", but "
        + className + " has no public method " + methodName);
  }
}
