package dev.resumable.bench.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Renders BENCHMARKS.md. */
final class MarkdownReport {

  /** The command that writes the report, as bench/README.md documents it. */
  static final String COMMAND = "mvn -Pbench -DskipTests -pl bench -am verify";

  private MarkdownReport() {}

  static String render(List<Row.Evaluated> rows, Environment environment, Instant when) {
    StringBuilder md = new StringBuilder()
        .append("# Benchmarks\n\n")
        .append("Each ratio below divides two figures measured in the same run on the same"
            + " machine, so it holds on a noisy machine where the raw figures do not. The forks"
            + " of the two benchmarks behind a ratio alternate in time, and each timing is the"
            + " median of its measured iterations (the JMH mean and its 99.9% confidence"
            + " half-width follow in brackets); percentiles come from JMH's samples, sizes are"
            + " exact.\n\n")
        .append("Written by `").append(COMMAND).append("` on ")
        .append(when.truncatedTo(ChronoUnit.SECONDS)).append("; do not edit by hand. How each"
            + " benchmark works: [bench/README.md](bench/README.md).\n\n")
        .append("- JDK: ").append(environment.jdk()).append('\n')
        .append("- OS: ").append(environment.os()).append('\n')
        .append("- CPU: ").append(environment.cpu()).append(", ").append(environment.cores())
        .append(" cores available, ").append(environment.memory()).append(" memory\n\n")
        .append("| Row | What was measured | Ratio | Target | Met | Raw figures |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Row.Evaluated row : rows) {
      md.append("| ").append(cell(row.row().id()))
          .append(" | ").append(cell(row.row().measured()))
          .append(" | ").append(row.hasRatio() ? Numbers.ratio(row.ratio()) : "—")
          .append(" | ").append(row.row().target().describe())
          .append(" | ").append(cell(row.verdict()))
          .append(" | ").append(row.raw().isEmpty() ? "—" : cell(String.join("; ", row.raw())))
          .append(" |\n");
    }
    List<Row.Evaluated> missed = rows.stream()
        .filter(r -> r.verdict().startsWith("**no")).toList();
    if (!missed.isEmpty()) {
      md.append("\nMissed in this run: ")
          .append(String.join(", ", missed.stream().map(r -> r.row().id()).toList()))
          .append(".\n");
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
