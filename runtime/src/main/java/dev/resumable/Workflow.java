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

  private static final ThreadLocal<StepKey> STEP = new ThreadLocal<>();

  private Workflow() {}

  /**
   * The durable step whose attempt runs on this thread: its idempotency key and attempt number.
   *
   * @throws IllegalStateException outside a step's attempt (a plain call of a {@link Step}
   *     method included)
   */
  public static StepKey step() {
    StepKey key = STEP.get();
    if (key == null) {
      throw new IllegalStateException("Workflow.step() is only known inside an attempt of a"
          + " durable step that an Engine runs; a @Step method called as plain Java has none");
    }
    return key;
  }

  /** Runs {@code attempt} with {@code key} as the current step on this thread. */
  static <T> T inStep(StepKey key, java.util.concurrent.Callable<T> attempt) throws Exception {
    StepKey outer = STEP.get();
    STEP.set(key);
    try {
      return attempt.call();
    } finally {
      STEP.set(outer);
    }
  }

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
