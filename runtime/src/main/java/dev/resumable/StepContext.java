package dev.resumable;

import dev.resumable.proto.ExposedValue;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.UpdateAnswer;
import dev.resumable.query.AttributeValue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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
  private final Set<String> branchesToCancel = new LinkedHashSet<>();
  /** The update the step was resumed with, and its answer once given. */
  private final String updateId;
  private UpdateAnswer answer;

  private StepContext(String instanceId, String updateId) {
    this.instanceId = instanceId;
    this.updateId = updateId;
  }

  /** Runs {@code run} as a step of instance {@code id}; the context is {@code into}'s after. */
  static <T> T run(String id, Supplier<T> run, StepContext[] into) {
    StepContext context = new StepContext(id, UpdateAnswers.handedTo(id));
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

  /** The context of the step running on this thread, or null if none runs. */
  static StepContext currentOrNull() {
    return CURRENT.get();
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

  /**
   * {@code record}, just run, with what this step's code told the engine to keep with it: the
   * values it exposed (the last of each name), the branches it cancelled and its answer to the
   * update it was resumed with.
   */
  InstanceRecord applyTo(InstanceRecord record) {
    InstanceRecord applied = withBranchesToCancel(exposed.isEmpty() ? record
        : record.toBuilder().putAllExposed(exposed).build());
    return answer == null ? applied : UpdateAnswers.withAnswer(applied, updateId, answer);
  }

  void cancelBranch(Branch<?> branch) {
    String id = branch.id();
    int slash = id.lastIndexOf('/');
    if (slash < 0 || !id.substring(0, slash).equals(instanceId)) {
      throw new WorkflowArgumentException("Branch.cancel() of branch \"" + id + "\", which this"
          + " instance did not start: an instance cancels only its own branches");
    }
    branchesToCancel.add(id);
  }

  /** {@code record} with the branches this step cancelled added to those still to cancel. */
  private InstanceRecord withBranchesToCancel(InstanceRecord record) {
    if (branchesToCancel.isEmpty()) {
      return record;
    }
    Set<String> all = new LinkedHashSet<>(record.getBranchesToCancelList());
    all.addAll(branchesToCancel);
    return record.toBuilder().clearBranchesToCancel().addAllBranchesToCancel(all).build();
  }

  void answer(Object value) {
    if (updateId == null) {
      throw new WorkflowArgumentException("Workflow.answer(...) in a step that no update"
          + " resumed: answer in the step that takes the update from Await.event");
    }
    answer = UpdateAnswers.encode(value);
  }

  /** The search attributes set in this step, the last value of each name. */
  Map<String, AttributeValue> attributesSet() {
    return attributesSet;
  }
}
