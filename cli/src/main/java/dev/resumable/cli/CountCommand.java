package dev.resumable.cli;

import dev.resumable.query.InstanceCounts;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "count", description = "Counts the instances that match, by status and method.")
final class CountCommand extends StoreCommand {

  @Mixin
  QueryOptions query;

  record Count(String status, String method, long count) {}

  record Counts(long total, List<Count> counts) {}

  @Override
  void run(Session session, PrintWriter out) {
    InstanceCounts found = session.engine().count(query.builder().build());
    List<Count> counts = found.counts().stream()
        .map(c -> new Count(c.status().name(), c.method(), c.count())).toList();
    output.print(out, new Counts(found.total(), counts), () -> {
      Table table = new Table("STATUS", "METHOD", "COUNT");
      counts.forEach(c -> table.row(c.status(), c.method(), c.count()));
      table.row("total", "", found.total());
      table.print(out);
    });
  }
}
