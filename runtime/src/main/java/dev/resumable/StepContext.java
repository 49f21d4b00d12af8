package dev.resumable;

import dev.resumable.proto.ExposedValue;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.query.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The instance whose workflow code runs on this thread, while a step runs it: what {@link
 * Workflow}'s static methods act on. What the code sets here is committed with the step.
 */
final class StepContext {

  private static final ThreadLocal<StepContext> CURRENT = new ThreadLocal<>();

  private final String instanceId;
  private final Map<String, AttributeValue> attributesSet = new LinkedHashMap<>();
  private final Map<String, ExposedValue> exposed = new LinkedHashMap<>();

  private StepContext(String instanceId) {
    this.instanceId = instanceId;
  }

  /** Runs {@code run} as a step of instance {@code id}; the context is {@code into}'s after. */
  static <T> T run(String id, Supplier<T> run, StepContext[] into) {
    StepContext context = new StepContext(id);
    StepContext outer = CURRENT.get();
    CURRENT.set(context);
    try {
      return run.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
      into[0] = context;
    }
  }

  /** The context of the step running on this thread; throws if none runs. */
  static StepContext current(String call) {
    StepContext context = CURRENT.get();
    if (context == null) {
      throw new IllegalStateException("Workflow." + call + " was called outside a workflow step:"
          + " call it from a @Resumable method that an Engine runs");
    }
    return context;
  }

  String instanceId() {
    return instanceId;
  }

  void setAttribute(String name, AttributeValue value) {
    attributesSet.put(name, value);
  }

  void expose(String name, ExposedValue value) {
    exposed.put(name, value);
  }

  /** {@code record} with what this step exposed: the last value of each name. */
  InstanceRecord withExposed(InstanceRecord record) {
    return exposed.isEmpty() ? record : record.toBuilder().putAllExposed(exposed).build();
  }

  /** The search attributes set in this step, the last value of each name. */
  Map<String, AttributeValue> attributesSet() {
    return attributesSet;
  }
}
