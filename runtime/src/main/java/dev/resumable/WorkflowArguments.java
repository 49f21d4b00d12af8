package dev.resumable;

import dev.resumable.machine.BranchOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The checks that the calls workflow code makes ({@link Await}, {@link Wait}, joins) apply to
 * their arguments, the same in a plain run and in the engine, where the state machine's step
 * makes them: each refusal is a {@link WorkflowArgumentException} naming the call and the
 * parameter, thrown before anything is waited for or stored. Names and keys follow the rules
 * of {@link InstanceIds}, like the names an application delivers.
 */
public final class WorkflowArguments {

  /** The latest moment a timer can be due: the last of the years every SQL store can hold. */
  public static final Instant LATEST_DUE = Instant.parse("9999-12-31T23:59:59Z");

  /** The longest duration: one that starts at 1970 and ends at {@link #LATEST_DUE}. */
  private static final Duration LONGEST = Duration.between(Instant.EPOCH, LATEST_DUE);

  private WorkflowArguments() {}

  /** Returns {@code value}, or refuses it if it is null. */
  public static <T> T present(T value, String call, String parameter) {
    if (value == null) {
      throw new WorkflowArgumentException(call + ": " + parameter + " must not be null");
    }
    return value;
  }

  /**
   * A name for {@link Wait#event}: text an event can be delivered under, or the outcome event of
   * a branch, which joins wait for (the engine refuses it in waits the code writes itself).
   */
  public static String waitName(String name, String call) {
    if (name != null && BranchOutcome.isOutcomeEvent(name)
        && InstanceIds.idProblem(name.substring(BranchOutcome.eventName("").length())) == null) {
      return name;
    }
    return text(name, call, "name");
  }

  /** The name of an event the workflow waits for itself: not one that branches use. */
  public static String awaitedName(String name, String call) {
    text(name, call, "name");
    if (BranchOutcome.isOutcomeEvent(name)) {
      throw new WorkflowArgumentException(call + ": name \"" + name + "\" starts with"
          + " \"branch:\", which is reserved for the outcomes of branches; wait for a branch with"
          + " Await.join, joinAll or joinAny");
    }
    return name;
  }

  /** Text such as a correlation key: not null or blank, at most 512 units, storable exactly. */
  public static String text(String value, String call, String parameter) {
    String problem = InstanceIds.problemWith(value);
    if (problem != null) {
      throw new WorkflowArgumentException(call + ": " + parameter + " " + problem);
    }
    return value;
  }

  /** The class of an awaited payload: one that a payload, never null, can be. */
  public static <T> Class<T> payloadType(Class<T> type, String call) {
    present(type, call, "type");
    if (type == void.class || type == Void.class) {
      throw new WorkflowArgumentException(call + ": type must be a class of payload, not "
          + type.getName() + ": no event carries nothing; wait for a Boolean or a record");
    }
    return type;
  }

  /** A duration to wait: zero or more, and short enough to end before {@link #LATEST_DUE}. */
  public static Duration duration(Duration duration, String call) {
    present(duration, call, "duration");
    if (duration.isNegative()) {
      throw new WorkflowArgumentException(call + ": duration must not be negative, but is "
          + duration + "; to wait until a moment that may have passed, use Await.until or"
          + " Wait.until");
    }
    if (duration.compareTo(LONGEST) > 0) {
      throw tooLate(call, "duration " + duration + " ends");
    }
    return duration;
  }

  /** When a wait of {@code duration} that starts at {@code now} ends; refused past the latest. */
  public static Instant dueAfter(Instant now, Duration duration, String call) {
    duration(duration, call);
    if (now.isAfter(LATEST_DUE) || duration.compareTo(Duration.between(now, LATEST_DUE)) > 0) {
      throw tooLate(call, "duration " + duration + " from " + now + " ends");
    }
    return now.plus(duration);
  }

  /** A moment to wait until: any past moment, and none after {@link #LATEST_DUE}. */
  public static Instant moment(Instant moment, String call) {
    present(moment, call, "moment");
    if (moment.isAfter(LATEST_DUE)) {
      throw tooLate(call, "moment " + moment + " is");
    }
    return moment;
  }

  private static WorkflowArgumentException tooLate(String call, String what) {
    return new WorkflowArgumentException(call + ": " + what + " after " + LATEST_DUE
        + ", the latest moment a timer can be due; wait for less");
  }

  /**
   * The waits of {@link Await#first} or {@link Await#all}: an array without nulls, of events
   * the code waits for itself; {@code atLeastOne} for a wait that nothing else could end.
   */
  public static Wait[] waits(Wait[] waits, String call, boolean atLeastOne) {
    present(waits, call, "waits");
    if (atLeastOne && waits.length == 0) {
      throw new WorkflowArgumentException(call + ": waits must not be empty: with nothing to"
          + " wait for, it would never end; name at least one event or timer");
    }
    for (int i = 0; i < waits.length; i++) {
      present(waits[i], call, "waits[" + i + "]");
      if (waits[i] instanceof Wait.ForEvent) {
        awaitedName(waits[i].name(), call);
      }
    }
    return waits;
  }

  /** The branches of a join: a list without nulls; {@code atLeastOne} for joinAny. */
  public static <L extends List<? extends Branch<?>>> L branches(L branches, String call,
      boolean atLeastOne) {
    present(branches, call, "branches");
    if (atLeastOne && branches.isEmpty()) {
      throw new WorkflowArgumentException(call + ": branches must not be empty: with no branch"
          + " to end first, it would never end; pass at least one");
    }
    int i = 0;
    for (Branch<?> branch : branches) {
      present(branch, call, "branches[" + i++ + "]");
    }
    return branches;
  }
}
