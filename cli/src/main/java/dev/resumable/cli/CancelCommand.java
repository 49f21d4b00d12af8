package dev.resumable.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "cancel",
    description = "Cancels a waiting instance: its wait throws CancelledException, its finally"
        + " blocks run, and it ends CANCELLED.")
final class CancelCommand extends StoreCommand {

  @Parameters(paramLabel = "ID", description = "The instance id.")
  String id;

  @Override
  void run(Session session, PrintWriter out) {
    session.instance(id);
    OutcomeView.print(output, out, session.engine().cancel(id));
  }
}
