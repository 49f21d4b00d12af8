package dev.resumable.cli;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import dev.resumable.proto.EventWait;
import dev.resumable.store.StoredInstance;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "resume",
    description = "Delivers an event to one instance by its id and runs it to its next wait or"
        + " its end. The JSON payload is decoded to the class the instance waits for; an event it"
        + " does not wait for yet is kept in its inbox, and then --type names the class.")
final class ResumeCommand extends StoreCommand {

  @Parameters(index = "0", paramLabel = "ID", description = "The instance id.")
  String id;

  @Parameters(index = "1", paramLabel = "JSON",
      description = "The payload as JSON, e.g. '{\"approved\":true}'; - reads it from standard"
          + " input.")
  String json;

  @Option(names = "--event", paramLabel = "NAME",
      description = "The event's name; by default the one event the instance waits for now.")
  String event;

  @Option(names = "--type", paramLabel = "CLASS",
      description = "The payload's class, if not the one the instance waits for.")
  String type;

  @Option(names = "--event-id", paramLabel = "ID",
      description = "An id for the event: an event sent twice with one id is applied once.")
  String eventId;

  @Override
  void checkArguments() {
    if (eventId != null && event == null) {
      throw new CliException(ExitCode.USAGE, "--event-id needs --event: name the event it is");
    }
  }

  @Override
  void run(Session session, PrintWriter out) {
    StoredInstance stored = session.instance(id);
    String name = event != null ? event : onlyAwaitedEvent(stored);
    String payloadType = type != null ? type : WaitedTypes.ofEvent(stored, name);
    if (payloadType == null) {
      throw new CliException(stored.status().equals("WAITING") ? ExitCode.USAGE
          : ExitCode.REFUSED, "instance \"" + id + "\" is " + stored.status() + " and does not"
          + " wait for event \"" + name + "\" now; to keep the event in its inbox, name the"
          + " payload's class with --type");
    }
    Object payload = new PayloadDecoder(session).decode(json, payloadType, name);
    Engine engine = session.engine();
    Outcome<?> outcome;
    if (eventId != null) {
      outcome = engine.resume(id, name, payload, eventId);
    } else if (event != null) {
      outcome = engine.resume(id, name, payload);
    } else {
      outcome = engine.resume(id, payload);
    }
    OutcomeView.print(output, out, outcome);
  }

  private String onlyAwaitedEvent(StoredInstance stored) {
    if (!stored.status().equals("WAITING")) {
      throw new CliException(ExitCode.REFUSED, "instance \"" + id + "\" is " + stored.status()
          + " and waits for nothing; nothing was changed");
    }
    List<EventWait> events = WaitedTypes.of(stored);
    if (events.size() != 1) {
      throw new CliException(events.isEmpty() ? ExitCode.REFUSED : ExitCode.USAGE,
          "instance \"" + id + "\" waits for " + (events.isEmpty() ? "no event (a timer)"
              : events.size() + " events " + events.stream().map(EventWait::getName).toList())
              + "; name the event with --event");
    }
    return events.get(0).getName();
  }
}
