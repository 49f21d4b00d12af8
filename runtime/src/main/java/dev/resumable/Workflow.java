package dev.resumable;

import dev.resumable.query.AttributeValue;
import dev.resumable.query.SearchAttributes;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What workflow code can ask and tell about the instance it runs in. Call these from a
 * {@code @Resumable} method (or code it calls) while an engine runs it; elsewhere they throw an
 * {@link IllegalStateException}.
 */
public final class Workflow {

  private Workflow() {}

  /**
   * Sets the search attribute {@code name} of this instance to {@code value}, so that {@code
   * Engine.query} finds it by that value ({@code InstanceQuery.builder().attribute(name,
   * value)}). Committed with the step that sets it: if the step does not commit, neither does
   * the attribute. Setting a name again replaces its value, of whatever type.
   */
  public static void attribute(String name, String value) {
    set(name, AttributeValue.of(value));
  }

  /** A number attribute; queries match it by value. */
  public static void attribute(String name, long value) {
    set(name, AttributeValue.of(value));
  }

  /** A number attribute; queries match it by value ({@code 42} finds {@code 42.00}). */
  public static void attribute(String name, BigDecimal value) {
    set(name, AttributeValue.of(value));
  }

  /** A time attribute, to the microsecond. */
  public static void attribute(String name, Instant value) {
    set(name, AttributeValue.of(value));
  }

  public static void attribute(String name, boolean value) {
    set(name, AttributeValue.of(value));
  }

  private static void set(String name, AttributeValue value) {
    StepContext.current("attribute").setAttribute(SearchAttributes.requireName(name), value);
  }
}
