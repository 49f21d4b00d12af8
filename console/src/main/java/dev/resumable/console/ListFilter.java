package dev.resumable.console;

import dev.resumable.Status;
import dev.resumable.query.InstanceQuery;
import java.util.List;

/**
 * What the list page's form asks for: a status, a method, an awaited event, a failure type, and
 * where the page starts. Each empty field means "any".
 */
record ListFilter(Status status, String method, String event, String failureType,
    String cursor) {

  static final int PAGE = 50;

  /** The statuses the form offers, in the order it shows them. */
  static final List<Status> STATUSES = List.of(Status.WAITING, Status.FAILED, Status.CANCELLED,
      Status.COMPLETED);

  static ListFilter of(Request request) {
    String status = request.query("status");
    Status parsed = null;
    if (status != null) {
      parsed = STATUSES.stream().filter(s -> s.name().equals(status)).findFirst()
          .orElseThrow(() -> new Request.BadRequest("status must be one of " + STATUSES
              + ", not " + status));
    }
    return new ListFilter(parsed, request.query("method"), request.query("event"),
        request.query("failure"), request.query("cursor"));
  }

  InstanceQuery query() {
    InstanceQuery.Builder query = InstanceQuery.builder().limit(PAGE);
    if (status != null) {
      query.status(status);
    }
    if (method != null) {
      query.method(method);
    }
    if (event != null) {
      query.waitingForEvent(event);
    }
    if (failureType != null) {
      query.failureType(failureType);
    }
    if (cursor != null) {
      query.cursor(cursor);
    }
    try {
      return query.build();
    } catch (IllegalArgumentException e) {
      throw new Request.BadRequest(e.getMessage()); // a cursor that is not one, say
    }
  }

  /** The query string of this filter on page {@code cursor}, as name-value pairs for a link. */
  String[] linkTo(String nextCursor) {
    return new String[] {"status", status == null ? null : status.name(), "method", method,
        "event", event, "failure", failureType, "cursor", nextCursor};
  }
}
