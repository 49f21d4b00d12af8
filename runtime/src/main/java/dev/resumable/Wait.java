package dev.resumable;

import java.time.Duration;
import java.time.Instant;

/**
 * One of the things {@link Await#first} can wait for: an event, or a timer. A value like any
 * other, built where the wait stands, so its name or duration can be computed. Its arguments are
 * checked as those of {@link Await} are: a bad one is a {@link WorkflowArgumentException}.
 */
public abstract sealed class Wait permits Wait.ForEvent, Wait.ForTimer {

  private final String name;

  private Wait(String name) {
    this.name = name;
  }

  /** The event {@code name}, whose payload must be a {@code type}. */
  public static <T> Wait event(String name, Class<T> type) {
    return new ForEvent(WorkflowArguments.waitName(name, "Wait.event"),
        WorkflowArguments.payloadType(type, "Wait.event"));
  }

  /**
   * A timer that fires {@code duration} (zero or more) after the wait starts, called {@code
   * "timeout"}; it must be due by {@link WorkflowArguments#LATEST_DUE}.
   */
  public static Wait timeout(Duration duration) {
    return new ForTimer("timeout", WorkflowArguments.duration(duration, "Wait.timeout"), null);
  }

  /**
   * A timer that fires at {@code moment}, called {@code "deadline"}: at once if it has passed, and
   * no later than {@link WorkflowArguments#LATEST_DUE}.
   */
  public static Wait until(Instant moment) {
    return new ForTimer("deadline", null, WorkflowArguments.moment(moment, "Wait.until"));
  }

  /** The name {@link Fired#name()} reports when this wait fires first. */
  public String name() {
    return name;
  }

  /** Waiting for an event. */
  public static final class ForEvent extends Wait {
    private final Class<?> type;

    private ForEvent(String name, Class<?> type) {
      super(name);
      this.type = type;
    }

    public Class<?> type() {
      return type;
    }
  }

  /** Waiting for a moment, given directly or as a duration from when the wait starts. */
  public static final class ForTimer extends Wait {
    private final Duration after;
    private final Instant at;

    private ForTimer(String name, Duration after, Instant at) {
      super(name);
      this.after = after;
      this.at = at;
    }

    /**
     * When the timer fires, for a wait that starts at {@code now}.
     *
     * @throws WorkflowArgumentException if that would be after {@link
     *     WorkflowArguments#LATEST_DUE}
     */
    public Instant dueFrom(Instant now) {
      return at != null ? at : WorkflowArguments.dueAfter(now, after, "Wait.timeout");
    }
  }
}
