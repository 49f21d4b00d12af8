package dev.resumable.console;

import dev.resumable.Engine;
import dev.resumable.Status;
import dev.resumable.query.AttributeValue;
import dev.resumable.query.InstanceCounts;
import dev.resumable.query.InstanceInfo;
import dev.resumable.query.InstancePage;
import dev.resumable.query.InstanceQuery;
import java.util.Locale;

/** The instance list: counts by status, a filter form, and a page of the instances it finds. */
final class ListPage {

  private ListPage() {}

  static String render(Engine engine, ListFilter filter) {
    InstanceCounts counts = engine.count(InstanceQuery.all());
    InstancePage page = engine.query(filter.query());
    Html html = new Html("Instances");
    html.markup("<h1>Instances</h1><p id=\"counts\">");
    html.link("all " + counts.total(), "/");
    for (Status s : ListFilter.STATUSES) {
      html.markup(" · <span class=\"").text(s).markup("\">");
      html.link(s + " " + counts.of(s), "/", "status", s.name());
      html.markup("</span>");
    }
    html.markup("</p>");
    form(html, filter);
    html.markup("<table id=\"instances\"><thead><tr><th>Id</th><th>Status</th><th>Method</th>"
        + "<th>Waiting for</th><th>Timer due</th><th>Failure</th><th>Changed</th></tr></thead>"
        + "<tbody>");
    for (InstanceInfo i : page.instances()) {
      html.markup("<tr><td>").link(i.id(), "/instance", "id", i.id()).markup("</td>")
          .element("td", "status " + i.status(), i.status())
          .element("td", null, i.method())
          .element("td", null, String.join(", ", i.waitingFor()))
          .element("td", null, i.due() == null ? "" : i.due())
          .element("td", null, i.failureType() == null ? "" : i.failureType())
          .element("td", null, i.changedAt())
          .markup("</tr>");
    }
    html.markup("</tbody></table>");
    if (page.instances().isEmpty()) {
      html.markup("<p id=\"none\">No instances match.</p>");
    }
    page.nextCursor().ifPresent(next -> html.markup("<p>")
        .link("Next page", "/", filter.linkTo(next)).markup("</p>"));
    return html.finish();
  }

  private static void form(Html html, ListFilter filter) {
    html.markup("<form id=\"filter\" method=\"get\" action=\"/\"><label>Status <select"
        + " name=\"status\"><option value=\"\">any</option>");
    for (Status s : ListFilter.STATUSES) {
      html.markup("<option value=\"").text(s).markup(s == filter.status() ? "\" selected>" : "\">")
          .text(s).markup("</option>");
    }
    html.markup("</select></label> ");
    field(html, "Method", "method", filter.method());
    field(html, "Waiting for", "event", filter.event());
    field(html, "Failure", "failure", filter.failureType());
    field(html, "Parent", "parent", filter.parent());
    html.markup("<br>");
    time(html, "Started from", "started", filter.startedFrom());
    time(html, "before", "startedBefore", filter.startedBefore());
    time(html, "Changed from", "changed", filter.changedFrom());
    time(html, "before", "changedBefore", filter.changedBefore());
    html.markup("<br>");
    field(html, "Attribute", "attr", filter.attribute());
    field(html, "=", "value", filter.attributeValue());
    html.markup("<label>as <select name=\"type\">");
    for (AttributeValue.Kind kind : AttributeValue.Kind.values()) {
      String name = kind.name().toLowerCase(Locale.ROOT);
      html.markup("<option value=\"").text(name)
          .markup(kind == filter.attributeKind() ? "\" selected>" : "\">").text(name)
          .markup("</option>");
    }
    html.markup("</select></label> ");
    html.markup("<button type=\"submit\">Filter</button></form>");
  }

  private static void field(Html html, String label, String name, String value) {
    input(html, label, name, value, "");
  }

  /** A time field: an instant, or a date and time or a date in UTC ({@link FormTimes}). */
  private static void time(Html html, String label, String name, String value) {
    input(html, label, name, value, "2030-01-31T09:30:00Z");
  }

  private static void input(Html html, String label, String name, String value,
      String placeholder) {
    html.markup("<label>").text(label).markup(" <input name=\"").text(name).markup("\" value=\"")
        .text(value == null ? "" : value).markup("\"");
    if (!placeholder.isEmpty()) {
      html.markup(" placeholder=\"").text(placeholder).markup("\"");
    }
    html.markup(" size=\"18\"></label> ");
  }
}
