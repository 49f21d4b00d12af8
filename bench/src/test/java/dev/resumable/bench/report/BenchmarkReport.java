package dev.resumable.bench.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The full run: runs every benchmark the rows read, with proper warm-up, iterations and forks,
 * and writes BENCHMARKS.md. Started by {@value MarkdownReport#COMMAND}; the argument is the
 * file to write.
 */
public final class BenchmarkReport {

  private BenchmarkReport() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: BenchmarkReport PATH/TO/BENCHMARKS.md");
      System.exit(2);
    }
    Path report = Path.of(args[0]).toAbsolutePath().normalize();
    List<Row> rows = Rows.all();
    Results results = BenchmarkRuns.full(rows, Path.of("target", "jmh-result.json"));
    List<Row.Evaluated> evaluated = rows.stream().map(row -> row.evaluate(results)).toList();
    Files.writeString(report, MarkdownReport.render(evaluated, Environment.of(results),
        Instant.now()));
    System.out.println("Wrote " + report);
  }
}
