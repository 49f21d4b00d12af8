package dev.resumable.cli;

import dev.resumable.query.InstanceInfo;
import dev.resumable.query.InstancePage;
import dev.resumable.query.InstanceQuery;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", description = "Lists the instances that match, a page at a time.")
final class ListCommand extends StoreCommand {

  @Mixin
  QueryOptions query;

  @Option(names = "--order", paramLabel = "ORDER", defaultValue = "ID",
      description = "Sorted by ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  InstanceQuery.Order order;

  @Option(names = "--descending", description = "Sorted the other way round.")
  boolean descending;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
      description = "At most N instances (1 to " + InstanceQuery.MAX_LIMIT
          + "; default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--cursor", paramLabel = "CURSOR",
      description = "Go on after the page that ended with this cursor (its 'next').")
  String cursor;

  /** A page, and the {@code --cursor} of the next one; null if this page is the last. */
  record Page(List<InstanceInfo> instances, String next) {}

  @Override
  void checkArguments() {
    if (limit < 1 || limit > InstanceQuery.MAX_LIMIT) {
      throw new CliException(ExitCode.USAGE, "--limit must be from 1 to "
          + InstanceQuery.MAX_LIMIT + ", not " + limit);
    }
  }

  @Override
  void run(Session session, PrintWriter out) {
    InstanceQuery.Builder builder = query.builder().order(order, descending).limit(limit);
    if (cursor != null) {
      builder.cursor(cursor);
    }
    InstancePage page = session.engine().query(builder.build());
    String next = page.nextCursor().orElse(null);
    output.print(out, new Page(page.instances(), next), () -> {
      Table table = new Table("ID", "STATUS", "METHOD", "WAITING FOR", "TIMER DUE", "CHANGED");
      for (InstanceInfo i : page.instances()) {
        table.row(i.id(), i.status(), i.method(),
            i.waitingFor().isEmpty() ? null : String.join(",", i.waitingFor()), i.due(),
            i.changedAt());
      }
      table.print(out);
      if (next != null) {
        out.println("more: --cursor " + next);
      }
    });
  }
}
