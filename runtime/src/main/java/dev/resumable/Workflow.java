package dev.resumable;

import dev.resumable.codec.TypeRef;
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
  private static final ThreadLocal<java.sql.Connection> CONNECTION = new ThreadLocal<>();

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

  /**
   * The id of the instance this code runs in: the id it was started with, or for a branch its
   * own id ({@code "<parent id>/<n>"}). The same across restarts, so it can be handed to an
   * external service as the address of a reply, or used to key one.
   *
   * @throws IllegalStateException outside a workflow step or durable step an Engine runs
   */
  public static String instanceId() {
    StepKey step = STEP.get();
    return step != null ? step.instanceId() : StepContext.current("instanceId()").instanceId();
  }

  /**
   * Exposes {@code value} under {@code name} to queries: {@code Engine.exposed(id, name, type)}
   * (or the generated {@code Resumer}'s {@code exposed}) returns it from outside the instance,
   * without sending it an event, as of the last commit. The value is encoded here, as {@code
   * type}: a value the engine cannot store throws now, before anything commits. It is committed
   * with the step that exposes it, and stays until exposed again, also after the instance ends.
   */
  public static <T> void expose(String name, Class<T> type, T value) {
    StepContext.current("expose").expose(Exposure.name(name), Exposure.encode(name,
        Arguments.notNull(type, "type"), value));
  }

  /** Exposes a value of a generic type, such as {@code new TypeRef<List<String>>() {}}. */
  public static <T> void expose(String name, TypeRef<T> type, T value) {
    StepContext.current("expose").expose(Exposure.name(name), Exposure.encode(name,
        Arguments.notNull(type, "type").type(), value));
  }

  /**
   * Answers the update this step was resumed with (see {@link Engine#update}): the answer is
   * committed with the step, and the caller receives it once that commit is done; asking again
   * with the same update id returns it, also after a crash. The answer is encoded here: one the
   * engine cannot store is refused before anything commits.
   *
   * @throws WorkflowArgumentException if no update resumed this step
   */
  public static void answer(Object answer) {
    StepContext.current("answer(...)").answer(answer);
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
   * The store's JDBC connection, inside an attempt of a {@code @Step(transactional = true)}
   * method: in the transaction that commits the step's outcome, so what the step writes with it
   * is committed with that outcome, exactly once, or, if the attempt throws, not at all. Do not
   * commit, roll back, change auto-commit or close it: those calls throw {@link
   * TransactionalStepException}.
   *
   * @throws IllegalStateException outside the attempt of a transactional step
   */
  public static java.sql.Connection connection() {
    java.sql.Connection connection = CONNECTION.get();
    if (connection == null) {
      StepKey key = STEP.get();
      throw new IllegalStateException(key == null
          ? "Workflow.connection() is only known inside an attempt of a @Step(transactional ="
              + " true) method that an Engine runs"
          : "the step at " + key.point() + " is not transactional, so it has no connection:"
              + " mark its method @Step(transactional = true) to write in the transaction that"
              + " commits its outcome");
    }
    return connection;
  }

  /** Runs {@code attempt} of a transactional step, with {@code connection} as its connection. */
  static <T> T inTransaction(StepKey key, java.sql.Connection connection,
      java.util.concurrent.Callable<T> attempt) throws Exception {
    java.sql.Connection outer = CONNECTION.get();
    CONNECTION.set(connection);
    try {
      return inStep(key, attempt);
    } finally {
      CONNECTION.set(outer);
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
