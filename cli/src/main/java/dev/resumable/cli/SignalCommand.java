package dev.resumable.cli;

import dev.resumable.store.StoredInstance;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "signal",
    description = "Delivers an event to the instance that waits for it under a correlation key"
        + " (Await.event(name, key, type)) and runs it on. The JSON payload is decoded to the"
        + " class that instance waits for.")
final class SignalCommand extends StoreCommand {

  @Parameters(index = "0", paramLabel = "EVENT", description = "The event's name.")
  String event;

  @Parameters(index = "1", paramLabel = "KEY", description = "The correlation key.")
  String key;

  @Parameters(index = "2", paramLabel = "JSON",
      description = "The payload as JSON; - reads it from standard input.")
  String json;

  @Option(names = "--type", paramLabel = "CLASS",
      description = "The payload's class, if not the one the waiting instance names.")
  String type;

  @Override
  void run(Session session, PrintWriter out) {
    String payloadType = type != null ? type : waitedType(session);
    Object payload = new PayloadDecoder(session).decode(json, payloadType, event);
    OutcomeView.print(output, out, session.engine().signal(event, key, payload));
  }

  /** The class the waiting instance names; the engine checks the instance again as it delivers. */
  private String waitedType(Session session) {
    // The store's key index: "name/key", as Store.waitingFor documents it.
    for (String id : session.store().waitingFor(event + "/" + key)) {
      StoredInstance stored = session.store().load(id).orElse(null);
      if (stored != null) {
        String waited = WaitedTypes.ofEvent(stored, event);
        if (waited != null) {
          return waited;
        }
      }
    }
    throw new CliException(ExitCode.REFUSED, "no instance waits for event \"" + event
        + "\" with key \"" + key + "\"; nothing was changed");
  }
}
