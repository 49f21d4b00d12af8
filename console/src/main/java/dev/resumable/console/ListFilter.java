package dev.resumable.console;

import dev.resumable.Status;
import dev.resumable.query.AttributeValue;
import dev.resumable.query.InstanceQuery;
import java.util.List;
import java.util.Locale;

/**
 * What the list page's form asks for: a status, a method, an awaited event, a failure type, when
 * instances started and last changed, their parent, one search attribute, and where the page
 * starts. Each empty field means "any". Fields are kept as typed, so that the form shows them
 * again; {@link #query()} reads them, and refuses one it cannot read with a message naming it.
 */
record ListFilter(Status status, String method, String event, String failureType,
    String startedFrom, String startedBefore, String changedFrom, String changedBefore,
    String parent, String attribute, String attributeValue, AttributeValue.Kind attributeKind,
    String cursor) {

  static final int PAGE = 50;

  /** The statuses the form offers, in the order it shows them. */
  static final List<Status> STATUSES = List.of(Status.WAITING, Status.FAILED, Status.CANCELLED,
      Status.COMPLETED);

  static ListFilter of(Request request) {
    return new ListFilter(status(request.query("status")), request.query("method"),
        request.query("event"), request.query("failure"), request.query("started"),
        request.query("startedBefore"), request.query("changed"),
        request.query("changedBefore"), request.query("parent"), request.query("attr"),
        request.query("value"), kind(request.query("type")), request.query("cursor"));
  }

  private static Status status(String status) {
    if (status == null) {
      return null;
    }
    return STATUSES.stream().filter(s -> s.name().equals(status)).findFirst()
        .orElseThrow(() -> new Request.BadRequest("status must be one of " + STATUSES
            + ", not " + status));
  }

  private static AttributeValue.Kind kind(String type) {
    if (type == null) {
      return AttributeValue.Kind.STRING;
    }
    for (AttributeValue.Kind kind : AttributeValue.Kind.values()) {
      if (kind.name().equalsIgnoreCase(type)) {
        return kind;
      }
    }
    throw new Request.BadRequest("the attribute type must be one of string, number, time,"
        + " boolean, not " + type);
  }

  InstanceQuery query() {
    InstanceQuery.Builder query = InstanceQuery.builder().limit(PAGE);
    try {
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
      if (startedFrom != null) {
        query.startedAtOrAfter(FormTimes.parse(startedFrom, "started from"));
      }
      if (startedBefore != null) {
        query.startedBefore(FormTimes.parse(startedBefore, "started before"));
      }
      if (changedFrom != null) {
        query.changedAtOrAfter(FormTimes.parse(changedFrom, "changed from"));
      }
      if (changedBefore != null) {
        query.changedBefore(FormTimes.parse(changedBefore, "changed before"));
      }
      if (parent != null) {
        query.parentId(parent);
      }
      if (attribute != null || attributeValue != null) {
        query.attribute(required(attribute, "the attribute's name"), typedAttributeValue());
      }
      if (cursor != null) {
        query.cursor(cursor);
      }
      return query.build();
    } catch (IllegalArgumentException e) {
      throw new Request.BadRequest(e.getMessage()); // a cursor that is not one, say
    }
  }

  private AttributeValue typedAttributeValue() {
    String value = required(attributeValue, "the value of attribute " + attribute);
    return switch (attributeKind) {
      case STRING -> AttributeValue.of(value);
      case NUMBER -> {
        try {
          yield AttributeValue.of(new java.math.BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
          throw new Request.BadRequest("the value of attribute " + attribute + " must be a"
              + " number (such as 42 or 19.99), not " + value);
        }
      }
      case TIME -> AttributeValue.of(FormTimes.parse(value, "the value of attribute "
          + attribute));
      case BOOLEAN -> switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "true" -> AttributeValue.of(true);
        case "false" -> AttributeValue.of(false);
        default -> throw new Request.BadRequest("the value of attribute " + attribute
            + " must be true or false, not " + value);
      };
    };
  }

  private static String required(String value, String what) {
    if (value == null) {
      throw new Request.BadRequest(what + " is missing: a search attribute needs a name and"
          + " a value");
    }
    return value;
  }

  /** The query string of this filter on page {@code cursor}, as name-value pairs for a link. */
  String[] linkTo(String nextCursor) {
    return new String[] {"status", status == null ? null : status.name(), "method", method,
        "event", event, "failure", failureType, "started", startedFrom,
        "startedBefore", startedBefore, "changed", changedFrom, "changedBefore", changedBefore,
        "parent", parent, "attr", attribute, "value", attributeValue,
        "type", attribute == null ? null : attributeKind.name().toLowerCase(Locale.ROOT),
        "cursor", nextCursor};
  }
}
