package dev.resumable.testkit;

import dev.resumable.Arguments;
import dev.resumable.Outcome;
import dev.resumable.Status;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions on one stored instance, read once when {@link WorkflowTestKit#assertThat} is called.
 * Each failure is an {@link AssertionFailedError} with expected and actual values, so that IDEs
 * show a diff, and a message that ends with the instance's suspended stack.
 */
public final class InstanceAssert {

  private final Outcome<?> outcome;
  private final Supplier<String> report;

  InstanceAssert(Outcome<?> outcome, Supplier<String> report) {
    this.outcome = outcome;
    this.report = report;
  }

  /** The outcome these assertions look at, for checks of your own. */
  public Outcome<?> outcome() {
    return outcome;
  }

  public InstanceAssert hasStatus(Status expected) {
    Arguments.notNull(expected, "expected");
    if (outcome.status() != expected) {
      throw failure("be " + expected, expected, outcome.status());
    }
    return this;
  }

  public InstanceAssert isWaiting() {
    return hasStatus(Status.WAITING);
  }

  /** Waits for the event {@code name}, whatever its payload type. */
  public InstanceAssert isWaitingForEvent(String name) {
    Arguments.notNull(name, "name");
    if (!outcome.isWaiting() || !name.equals(outcome.awaitedEvent())) {
      throw failure("wait for event \"" + name + "\"", "event \"" + name + "\"", actualWait());
    }
    return this;
  }

  /** Waits for a timer due at exactly {@code due}. */
  public InstanceAssert isWaitingForTimerUntil(Instant due) {
    Arguments.notNull(due, "due");
    if (!outcome.isWaiting() || !due.equals(outcome.timerDue())) {
      throw failure("wait for a timer until " + due, "timer until " + due, actualWait());
    }
    return this;
  }

  /**
   * Waits for what {@code description} says, in the words of {@link Outcome#waitingFor()}: e.g.
   * {@code event "payment" (Payment)} or {@code timer until 2030-01-03T00:00:00Z}.
   */
  public InstanceAssert isWaitingFor(String description) {
    Arguments.notNull(description, "description");
    if (!outcome.isWaiting() || !description.equals(outcome.waitingFor())) {
      throw failure("wait for " + description, description, actualWait());
    }
    return this;
  }

  /** Its stored state cannot be read or continued by this build; {@link #outcome()} says why. */
  public InstanceAssert isUnreadable() {
    return hasStatus(Status.UNREADABLE);
  }

  public InstanceAssert isCompleted() {
    return hasStatus(Status.COMPLETED);
  }

  /** Completed, and its result equals {@code expected} (arrays by their elements). */
  public InstanceAssert isCompletedWith(Object expected) {
    if (!outcome.isCompleted()) {
      throw failure("complete with " + InstanceReport.describe(expected), expected, outcome);
    }
    Object actual = outcome.result();
    if (!Objects.deepEquals(expected, actual)) {
      throw failure("complete with " + InstanceReport.describe(expected), expected, actual);
    }
    return this;
  }

  public InstanceAssert hasFailed() {
    return hasStatus(Status.FAILED);
  }

  /** Failed with an exception of exactly this class (stored by name, so subclasses differ). */
  public InstanceAssert hasFailedWith(Class<? extends Throwable> type) {
    Arguments.notNull(type, "type");
    if (!outcome.isFailed() || !type.getName().equals(outcome.failure().type())) {
      throw failure("fail with " + type.getName(), type.getName(),
          outcome.isFailed() ? outcome.failure().type() : outcome.toString());
    }
    return this;
  }

  /** Failed with an exception of exactly this class and this message. */
  public InstanceAssert hasFailedWith(Class<? extends Throwable> type, String message) {
    hasFailedWith(type);
    String actual = outcome.failure().message();
    if (!Objects.equals(message, actual)) {
      throw failure("fail with " + type.getName() + ": " + message, message, actual);
    }
    return this;
  }

  /** Holds exactly these undelivered events in its inbox, oldest first. */
  public InstanceAssert hasInbox(String... eventNames) {
    Arguments.notNull(eventNames, "eventNames");
    for (String name : eventNames) {
      Arguments.notNull(name, "eventNames[i]");
    }
    List<String> expected = List.of(eventNames);
    if (!expected.equals(outcome.inbox())) {
      throw failure("hold the events " + expected + " in its inbox", expected, outcome.inbox());
    }
    return this;
  }

  public InstanceAssert hasEmptyInbox() {
    return hasInbox();
  }

  private String actualWait() {
    return outcome.isWaiting() ? outcome.waitingFor() : outcome.toString();
  }

  /** {@code expectation} completes "instance "x" should ..."; the outcome and stack follow. */
  private AssertionFailedError failure(String expectation, Object expected, Object actual) {
    String message = "instance \"" + outcome.id() + "\" should " + expectation + ", but it is "
        + outcome + "\n" + report.get();
    return new AssertionFailedError(message, expected, actual);
  }
}
