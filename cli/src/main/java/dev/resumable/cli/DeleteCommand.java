package dev.resumable.cli;

import dev.resumable.store.Store;
import dev.resumable.store.StoredInstance;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "delete",
    description = "Deletes an instance that has ended (COMPLETED, FAILED or CANCELLED).")
final class DeleteCommand extends StoreCommand {

  @Parameters(paramLabel = "ID", description = "The instance id.")
  String id;

  record Deleted(String id, String status) {}

  @Override
  void run(Session session, PrintWriter out) {
    StoredInstance stored = session.instance(id);
    if (!Store.FINISHED_STATUSES.contains(stored.status())) {
      throw new CliException(ExitCode.REFUSED, "instance \"" + id + "\" is " + stored.status()
          + "; only an instance that has ended is deleted: cancel it first");
    }
    if (stored.due() != null) {
      // An ended branch still has its parent to tell, or a parent its branches to cancel.
      throw new CliException(ExitCode.REFUSED, "instance \"" + id + "\" has ended but the engine"
          + " has yet to settle it with its parent or branches; run the application, then"
          + " delete it");
    }
    session.store().delete(id);
    output.print(out, new Deleted(id, stored.status()),
        () -> out.println("deleted " + id + " (" + stored.status() + ")"));
  }
}
