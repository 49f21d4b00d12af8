package dev.resumable;

import dev.resumable.machine.BranchOutcome;

/**
 * The checks every public call makes on its arguments before it takes a lock or touches the
 * store, so that a bad argument is an {@link IllegalArgumentException} naming the parameter, not
 * an exception from deep inside the engine. Generated {@code Resumer}s call them too.
 */
public final class Arguments {

  private Arguments() {}

  /** Returns {@code value}, or throws if it is null. */
  public static <T> T notNull(T value, String parameter) {
    if (value == null) {
      throw new IllegalArgumentException(parameter + " must not be null");
    }
    return value;
  }

  /** An instance id: see {@link InstanceIds}. */
  public static String id(String id) {
    return InstanceIds.require(id);
  }

  /** An event name an application may deliver: not one of the names branches use. */
  static String eventName(String name) {
    InstanceIds.requireText(name, "event name");
    if (BranchOutcome.isOutcomeEvent(name)) {
      throw new UnexpectedEventException("event name \"" + name + "\" cannot be delivered: names"
          + " starting with \"branch:\" are reserved for the outcomes of branches, which the"
          + " engine delivers itself; nothing was changed");
    }
    return name;
  }

  /** An event id or a correlation key: the same rules as an id. */
  static String text(String value, String parameter) {
    return InstanceIds.requireText(value, parameter);
  }

  /**
   * A payload: never null. No wait takes null — generated code unboxes and dereferences what a
   * wait returns, and a kept event needs a value to store — so an event that carries nothing
   * should carry a value that says so, such as {@code Boolean.TRUE} or an empty record.
   */
  static Object payload(Object payload) {
    if (payload == null) {
      throw new IllegalArgumentException("payload must not be null: an event carries a value"
          + " (for one that carries nothing, send Boolean.TRUE or an empty record); nothing was"
          + " changed");
    }
    return payload;
  }
}
