package dev.resumable.console;

import dev.resumable.Failure;
import dev.resumable.Inspection;
import dev.resumable.Outcome;
import dev.resumable.Status;
import dev.resumable.store.StoredInstance;
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
      html.markup(" · since ").text(inspection.since());
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
    stack(html, inspection);
    if (outcome.isCompleted()) {
      html.markup("<h2>Result</h2><pre id=\"result\">").text(outcome.result()).markup("</pre>");
    }
    failure(html, outcome.failure());
    actions(html, id, status, csrf);
    return html.finish();
  }

  private static void stack(Html html, Inspection inspection) {
    if (inspection.frames().isEmpty()) {
      return;
    }
    html.markup("<h2>Suspended stack</h2><div id=\"stack\">");
    for (Inspection.Frame frame : inspection.frames()) {
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
    html.markup("<h2>Failure</h2><pre id=\"failure\">").text(failure);
    for (StackTraceElement element : failure.stack()) {
      html.markup("\n    at ").text(element);
    }
    html.markup("</pre>");
  }

  private static void actions(Html html, String id, Status status, String csrf) {
    if (status != Status.WAITING) {
      return;
    }
    html.markup("<h2>Actions</h2><form class=\"inline\" id=\"cancel\" method=\"post\""
        + " action=\"/cancel\">").hidden("id", id).hidden("csrf", csrf)
        .markup("<button type=\"submit\">Cancel</button></form>");
  }
}
