package dev.resumable.query;

import dev.resumable.Status;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which instances to find, in what order, a page at a time: see {@code Engine.query} and {@code
 * Engine.count}. Every condition given must hold; none given finds every instance. Times are
 * the engine's clock: an instance started when it was first stored, and changed at its last
 * committed step. Time ranges include their start and exclude their end.
 *
 * <pre>{@code
 * InstanceQuery failedToday = InstanceQuery.builder()
 *     .status(Status.FAILED)
 *     .changedAtOrAfter(startOfDay)
 *     .order(InstanceQuery.Order.CHANGED, true)
 *     .build();
 * }</pre>
 *
 * <p>A page ends with a cursor when more instances follow; {@link #next(InstancePage)} is this
 * query from there. A cursor belongs to the order of the query that made it.
 */
public final class InstanceQuery {

  /** The most instances one page holds. */
  public static final int MAX_LIMIT = 1000;

  /** What pages are sorted by; instances that tie are in id order. */
  public enum Order {
    /** By instance id. */
    ID,
    /** By when the instance started. */
    STARTED,
    /** By the instance's last committed change. */
    CHANGED,
    /** By when the timer the instance waits for is due; finds only instances waiting for one. */
    DUE
  }

  /** Where the previous page ended: its last instance's sort key and id. */
  public record Position(Instant key, String id) {}

  private final Set<Status> statuses;
  private final String method;
  private final String waitingForEvent;
  private final Instant dueAtOrAfter;
  private final Instant dueBefore;
  private final String failureType;
  private final Instant startedAtOrAfter;
  private final Instant startedBefore;
  private final Instant changedAtOrAfter;
  private final Instant changedBefore;
  private final String parentId;
  private final Map<String, AttributeValue> attributes;
  private final Order order;
  private final boolean descending;
  private final int limit;
  private final Position after;

  private InstanceQuery(Builder b) {
    this.statuses = Collections.unmodifiableSet(EnumSet.copyOf(b.statuses));
    this.method = b.method;
    this.waitingForEvent = b.waitingForEvent;
    this.dueAtOrAfter = b.dueAtOrAfter;
    this.dueBefore = b.dueBefore;
    this.failureType = b.failureType;
    this.startedAtOrAfter = b.startedAtOrAfter;
    this.startedBefore = b.startedBefore;
    this.changedAtOrAfter = b.changedAtOrAfter;
    this.changedBefore = b.changedBefore;
    this.parentId = b.parentId;
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
    this.order = b.order;
    this.descending = b.descending;
    this.limit = b.limit;
    this.after = b.after;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every instance, in id order, {@value Builder#DEFAULT_LIMIT} at a time. */
  public static InstanceQuery all() {
    return builder().build();
  }

  /** This query from where {@code page} ended; throws if it was the last page. */
  public InstanceQuery next(InstancePage page) {
    Objects.requireNonNull(page, "page");
    if (page.nextCursor().isEmpty()) {
      throw new IllegalArgumentException("the page was the last one: it has no cursor");
    }
    return toBuilder().cursor(page.nextCursor().get()).build();
  }

  /** A builder holding every condition of this query. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.statuses.addAll(statuses);
    b.method = method;
    b.waitingForEvent = waitingForEvent;
    b.dueAtOrAfter = dueAtOrAfter;
    b.dueBefore = dueBefore;
    b.failureType = failureType;
    b.startedAtOrAfter = startedAtOrAfter;
    b.startedBefore = startedBefore;
    b.changedAtOrAfter = changedAtOrAfter;
    b.changedBefore = changedBefore;
    b.parentId = parentId;
    b.attributes.putAll(attributes);
    b.order = order;
    b.descending = descending;
    b.limit = limit;
    b.after = after;
    return b;
  }

  /** The statuses asked for; empty for any. */
  public Set<Status> statuses() {
    return statuses;
  }

  public Optional<String> method() {
    return Optional.ofNullable(method);
  }

  public Optional<String> waitingForEvent() {
    return Optional.ofNullable(waitingForEvent);
  }

  public Optional<Instant> dueAtOrAfter() {
    return Optional.ofNullable(dueAtOrAfter);
  }

  public Optional<Instant> dueBefore() {
    return Optional.ofNullable(dueBefore);
  }

  public Optional<String> failureType() {
    return Optional.ofNullable(failureType);
  }

  public Optional<Instant> startedAtOrAfter() {
    return Optional.ofNullable(startedAtOrAfter);
  }

  public Optional<Instant> startedBefore() {
    return Optional.ofNullable(startedBefore);
  }

  public Optional<Instant> changedAtOrAfter() {
    return Optional.ofNullable(changedAtOrAfter);
  }

  public Optional<Instant> changedBefore() {
    return Optional.ofNullable(changedBefore);
  }

  public Optional<String> parentId() {
    return Optional.ofNullable(parentId);
  }

  /** The search attributes an instance must have, each with exactly this value. */
  public Map<String, AttributeValue> attributes() {
    return attributes;
  }

  public Order order() {
    return order;
  }

  public boolean descending() {
    return descending;
  }

  /** How many instances a page holds at most. */
  public int limit() {
    return limit;
  }

  /** Where the previous page ended, if this query continues one. */
  public Optional<Position> after() {
    return Optional.ofNullable(after);
  }

  /** Whether any condition needs the due time of a timer. */
  public boolean needsTimer() {
    return order == Order.DUE || dueAtOrAfter != null || dueBefore != null;
  }

  @Override
  public String toString() {
    return "InstanceQuery[statuses=" + statuses + ", method=" + method + ", waitingForEvent="
        + waitingForEvent + ", due=[" + dueAtOrAfter + ", " + dueBefore + "), failureType="
        + failureType + ", started=[" + startedAtOrAfter + ", " + startedBefore + "), changed=["
        + changedAtOrAfter + ", " + changedBefore + "), parentId=" + parentId + ", attributes="
        + attributes + ", order=" + order + (descending ? " desc" : "") + ", limit=" + limit
        + (after != null ? ", after=" + after.id() : "") + "]";
  }

  /** Collects the conditions of a query; {@link #build} checks that they fit together. */
  public static final class Builder {
    /** The page size unless {@link #limit} says otherwise. */
    public static final int DEFAULT_LIMIT = 100;

    private final Set<Status> statuses = EnumSet.noneOf(Status.class);
    private String method;
    private String waitingForEvent;
    private Instant dueAtOrAfter;
    private Instant dueBefore;
    private String failureType;
    private Instant startedAtOrAfter;
    private Instant startedBefore;
    private Instant changedAtOrAfter;
    private Instant changedBefore;
    private String parentId;
    private final Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    private Order order = Order.ID;
    private boolean descending;
    private int limit = DEFAULT_LIMIT;
    private Position after;
    private String cursor;

    private Builder() {}

    /** Instances with any of these statuses (repeat to add more). */
    public Builder status(Status... statuses) {
      for (Status status : Objects.requireNonNull(statuses, "statuses")) {
        if (Objects.requireNonNull(status, "status") == Status.UNREADABLE) {
          throw new IllegalArgumentException("UNREADABLE is not a stored status: an instance is"
              + " unreadable to a build, not in the store; ask Engine.dryRun for them");
        }
        this.statuses.add(status);
      }
      return this;
    }

    /** Instances whose entry method has this key (as in {@code Outcome}s and inspections). */
    public Builder method(String method) {
      this.method = text(method, "method");
      return this;
    }

    /** Instances that wait now for the event {@code name}, alone or among others. */
    public Builder waitingForEvent(String name) {
      this.waitingForEvent = text(name, "name");
      return this;
    }

    /** Waiting instances whose timer is due at {@code time} or later. */
    public Builder dueAtOrAfter(Instant time) {
      this.dueAtOrAfter = Objects.requireNonNull(time, "time");
      return this;
    }

    /** Waiting instances whose timer is due before {@code time}: overdue ones, for the now. */
    public Builder dueBefore(Instant time) {
      this.dueBefore = Objects.requireNonNull(time, "time");
      return this;
    }

    /** Failed instances whose exception has this class name (as {@code Class.getName()}). */
    public Builder failureType(String className) {
      this.failureType = text(className, "className");
      return this;
    }

    public Builder startedAtOrAfter(Instant time) {
      this.startedAtOrAfter = Objects.requireNonNull(time, "time");
      return this;
    }

    public Builder startedBefore(Instant time) {
      this.startedBefore = Objects.requireNonNull(time, "time");
      return this;
    }

    public Builder changedAtOrAfter(Instant time) {
      this.changedAtOrAfter = Objects.requireNonNull(time, "time");
      return this;
    }

    public Builder changedBefore(Instant time) {
      this.changedBefore = Objects.requireNonNull(time, "time");
      return this;
    }

    /** The branches that instance {@code id} started. */
    public Builder parentId(String id) {
      this.parentId = text(id, "id");
      return this;
    }

    /** Instances that set the search attribute {@code name} to {@code value}. */
    public Builder attribute(String name, AttributeValue value) {
      attributes.put(SearchAttributes.requireName(name), Objects.requireNonNull(value, "value"));
      return this;
    }

    public Builder attribute(String name, String value) {
      return attribute(name, AttributeValue.of(value));
    }

    public Builder attribute(String name, long value) {
      return attribute(name, AttributeValue.of(value));
    }

    public Builder attribute(String name, boolean value) {
      return attribute(name, AttributeValue.of(value));
    }

    public Builder attribute(String name, Instant value) {
      return attribute(name, AttributeValue.of(value));
    }

    /** Sorts by {@code order}, ascending unless {@code descending}; by id ascending if not set. */
    public Builder order(Order order, boolean descending) {
      this.order = Objects.requireNonNull(order, "order");
      this.descending = descending;
      return this;
    }

    /** At most {@code limit} instances a page, 1 to {@value InstanceQuery#MAX_LIMIT}. */
    public Builder limit(int limit) {
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not "
            + limit);
      }
      this.limit = limit;
      return this;
    }

    /** Continues after the page that returned {@code cursor}; checked against the order. */
    public Builder cursor(String cursor) {
      this.cursor = Objects.requireNonNull(cursor, "cursor");
      return this;
    }

    public InstanceQuery build() {
      if (cursor != null) {
        after = Cursors.decode(cursor, order, descending);
      }
      range(dueAtOrAfter, dueBefore, "due");
      range(startedAtOrAfter, startedBefore, "started");
      range(changedAtOrAfter, changedBefore, "changed");
      return new InstanceQuery(this);
    }

    private static void range(Instant from, Instant before, String what) {
      if (from != null && before != null && !from.isBefore(before)) {
        throw new IllegalArgumentException("the " + what + " range [" + from + ", " + before
            + ") is empty: its start must come before its end");
      }
    }

    private static String text(String value, String parameter) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(parameter + " must not be null or blank");
      }
      return value;
    }
  }
}
