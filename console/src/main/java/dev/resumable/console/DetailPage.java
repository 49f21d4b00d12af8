package dev.resumable.console;

import dev.resumable.Failure;
import dev.resumable.Inspection;
import dev.resumable.Outcome;
import dev.resumable.Status;
import dev.resumable.store.StoredInstance;
import java.util.List;
import java.util.Map;

/**
 * One instance: its status, what it waits for, its timer and inbox, its suspended stack with the
 * decoded locals of each frame, its result or the failure that ended it with its stack, and the
 * actions its status allows.
 */
final class DetailPage {

  private DetailPage() {}

  static String render(StoredInstance stored, Inspection inspection, Outcome<?> outcome,
      String csrf) {
    String id = stored.id();
    Status status = inspection.status() == Status.UNREADABLE ? Status.UNREADABLE
        : outcome.status();
    Html html = new Html(id);
    html.element("h1", null, id);
    html.markup("<p>Status <span id=\"status\" class=\"status ").text(status).markup("\">")
        .text(status).markup("</span> · revision ").text(stored.revision());
    if (inspection.since() != null) {
      html.markup(" · ").text(sinceWord(status)).markup(" <span id=\"since\">")
          .text(inspection.since()).markup("</span>");
    }
    html.markup("</p><p>Method <code>").text(stored.method()).markup("</code></p>");
    if (inspection.unreadable() != null) {
      html.markup("<p id=\"unreadable\" class=\"error\">").text(inspection.unreadable()
          .getMessage()).markup("</p>");
    }
    if (outcome.waitingFor() != null) {
      html.markup("<p id=\"waiting-for\">Waiting for ").text(outcome.waitingFor()).markup("</p>");
    }
    if (outcome.timerDue() != null) {
      html.markup("<p id=\"timer\">Timer due ").text(outcome.timerDue()).markup("</p>");
    }
    if (!outcome.inbox().isEmpty()) {
      html.markup("<h2>Inbox</h2><ol id=\"inbox\">");
      outcome.inbox().forEach(event -> html.element("li", null, event));
      html.markup("</ol>");
    }
    if (!inspection.frames().isEmpty()) {
      html.markup("<h2>Suspended stack</h2>");
      stack(html, "stack", inspection.frames());
    }
    if (outcome.isCompleted()) {
      html.markup("<h2>Result</h2><pre id=\"result\">").text(outcome.result()).markup("</pre>");
    }
    failedIn(html, inspection.failedIn());
    failure(html, outcome.failure());
    checkpoint(html, inspection.checkpoint());
    actions(html, id, status, inspection.checkpoint() != null, csrf);
    return html.finish();
  }

  private static String sinceWord(Status status) {
    return switch (status) {
      case FAILED -> "failed at";
      case CANCELLED -> "cancelled at";
      case COMPLETED -> "completed at";
      default -> "since";
    };
  }

  /** The workflow's own frames of the failure, before its whole stack. */
  private static void failedIn(Html html, List<StackTraceElement> frames) {
    if (frames.isEmpty()) {
      return;
    }
    html.markup("<h2>Failed in</h2><ol id=\"failed-in\">");
    frames.forEach(frame -> html.markup("<li><code>").text(frame).markup("</code></li>"));
    html.markup("</ol>");
  }

  private static void checkpoint(Html html, Inspection.Checkpoint checkpoint) {
    if (checkpoint == null) {
      return;
    }
    html.markup("<h2>Last checkpoint</h2><p id=\"checkpoint\">Committed ")
        .text(checkpoint.committedAt()).markup(", waiting for ").text(checkpoint.waitingFor())
        .markup("; the failed step continued it with ").text(checkpoint.resumedWith())
        .markup(". A retry continues from here.</p>");
    if (checkpoint.unreadable() != null) {
      html.markup("<p class=\"error\">Its frames cannot be read: ")
          .text(checkpoint.unreadable()).markup("</p>");
    }
    stack(html, "checkpoint-stack", checkpoint.frames());
  }

  private static void stack(Html html, String elementId, List<Inspection.Frame> frames) {
    if (frames.isEmpty()) {
      return;
    }
    html.markup("<div id=\"").markup(elementId).markup("\">");
    for (Inspection.Frame frame : frames) {
      html.markup("<h3><code>").text(frame.className() + "." + frame.methodName() + "("
          + frame.sourceFile() + ":" + frame.line() + ")").markup("</code> at <code>")
          .text(frame.suspensionId()).markup("</code></h3>");
      if (frame.locals().isEmpty()) {
        continue;
      }
      html.markup("<table class=\"locals\"><tr><th>Local</th><th>Type</th><th>Value</th></tr>");
      for (Map.Entry<String, Object> local : frame.locals().entrySet()) {
        Object value = local.getValue();
        html.markup("<tr>").element("td", null, local.getKey())
            .element("td", null, value == null ? "" : value.getClass().getName())
            .element("td", null, String.valueOf(value)).markup("</tr>");
      }
      html.markup("</table>");
    }
    html.markup("</div>");
  }

  private static void failure(Html html, Failure failure) {
    if (failure == null) {
      return;
    }
    html.markup("<h2>Failure</h2><pre id=\"failure\">");
    for (Failure f = failure; f != null; f = f.cause()) {
      html.markup(f == failure ? "" : "\nCaused by: ").text(f);
      for (StackTraceElement element : f.stack()) {
        html.markup("\n    at ").text(element);
      }
    }
    html.markup("</pre>");
  }

  /** Cancel while it waits; retry once it has failed, if it kept a checkpoint to retry from. */
  private static void actions(Html html, String id, Status status, boolean retryable,
      String csrf) {
    if (status == Status.WAITING) {
      action(html, "cancel", "Cancel", id, csrf);
    } else if (status == Status.FAILED && retryable) {
      action(html, "retry", "Retry", id, csrf);
    }
  }

  private static void action(Html html, String name, String label, String id, String csrf) {
    html.markup("<h2>Actions</h2><form class=\"inline\" id=\"" + name + "\" method=\"post\""
        + " action=\"/" + name + "\">").hidden("id", id).hidden("csrf", csrf)
        .markup("<button type=\"submit\">" + label + "</button></form>");
  }
}
