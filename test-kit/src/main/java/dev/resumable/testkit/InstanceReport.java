package dev.resumable.testkit;

import dev.resumable.Engine;
import dev.resumable.Failure;
import dev.resumable.Outcome;
import dev.resumable.ResumableException;
import java.util.Arrays;
import java.util.List;

/**
 * What a failed assertion shows about an instance: its inspection, which reads like a stack trace
 * of the suspended frames, then its result, failure or inbox. A developer should see where the
 * workflow stands without running the test again in a debugger.
 */
final class InstanceReport {

  /** Enough of a failure's stack to find the workflow's lines, not the test runner's. */
  private static final int MAX_FAILURE_LINES = 12;

  private InstanceReport() {}

  static String of(Engine engine, Outcome<?> outcome) {
    StringBuilder text = new StringBuilder();
    try {
      text.append(engine.inspect(outcome.id()));
    } catch (ResumableException | IllegalStateException e) {
      text.append(outcome).append("\n  (cannot be inspected: ").append(e.getMessage()).append(')');
    }
    if (outcome.isCompleted()) {
      text.append("\n  result: ").append(describe(outcome.result()));
    }
    if (outcome.isFailed()) {
      appendFailure(text, outcome.failure());
    }
    if (!outcome.inbox().isEmpty()) {
      text.append("\n  inbox: ").append(outcome.inbox());
    }
    return text.toString();
  }

  private static void appendFailure(StringBuilder text, Failure failure) {
    text.append("\n  failed with ").append(failure);
    List<StackTraceElement> stack = failure.stack();
    stack.stream().limit(MAX_FAILURE_LINES)
        .forEach(element -> text.append("\n    at ").append(element));
    if (stack.size() > MAX_FAILURE_LINES) {
      text.append("\n    ... ").append(stack.size() - MAX_FAILURE_LINES).append(" more");
    }
  }

  /** A value as a test author wrote it: strings quoted, arrays by their elements. */
  static String describe(Object value) {
    if (value instanceof String s) {
      return '"' + s + '"';
    }
    if (value != null && value.getClass().isArray()) {
      // deepToString formats an array of primitives only as an element; drop the outer brackets.
      String wrapped = Arrays.deepToString(new Object[] {value});
      return wrapped.substring(1, wrapped.length() - 1);
    }
    return String.valueOf(value);
  }
}
