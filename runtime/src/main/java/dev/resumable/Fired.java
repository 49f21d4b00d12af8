package dev.resumable;

/**
 * Which wait of {@link Await#first} fired, and its value: an event's payload, or null for a
 * timer.
 */
public record Fired(String name, Object value) {

  /** Whether the wait called {@code waitName} fired. */
  public boolean is(String waitName) {
    return name.equals(waitName);
  }

  /** Whether a timer fired rather than an event. */
  public boolean timedOut() {
    return value == null && (name.equals("timeout") || name.equals("deadline"));
  }

  /** The value, checked against {@code type}. */
  public <T> T value(Class<T> type) {
    Arguments.notNull(type, "type");
    if (value != null && !type.isInstance(value)) {
      throw new ClassCastException("the value of \"" + name + "\" is a "
          + value.getClass().getName() + ", not a " + type.getName());
    }
    return type.cast(value);
  }
}
