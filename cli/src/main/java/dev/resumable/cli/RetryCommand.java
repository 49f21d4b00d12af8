package dev.resumable.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "retry",
    description = "Runs a FAILED instance again from its last checkpoint, once the application"
        + " with the fix is on --classpath: the step that failed runs again with what it was"
        + " given. Refused, changing nothing, if it is not FAILED or has no checkpoint.")
final class RetryCommand extends StoreCommand {

  @Parameters(paramLabel = "ID", description = "The instance id.")
  String id;

  @Override
  void run(Session session, PrintWriter out) {
    session.instance(id);
    OutcomeView.print(output, out, session.engine().retry(id));
  }
}
