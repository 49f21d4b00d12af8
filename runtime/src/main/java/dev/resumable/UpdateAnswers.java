package dev.resumable;

import dev.resumable.codec.Codec;
import dev.resumable.codec.CodecException;
import dev.resumable.codec.Codecs;
import dev.resumable.machine.PayloadTypes;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.UpdateAnswer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The answers workflows give to updates ({@link Workflow#answer}): encoded by the answer's class
 * with the names of its classes and interfaces, kept in the record for as long as the update's
 * id is remembered, and decoded as the type the caller asks for, if the answer is one.
 */
final class UpdateAnswers {

  /** The update being handed to an instance on this thread; null for none. */
  private static final ThreadLocal<Handling> CURRENT = new ThreadLocal<>();

  private record Handling(String instanceId, String updateId) {}

  private UpdateAnswers() {}

  /** Runs {@code call} with {@code updateId} as the update instance {@code id} is handed. */
  static <T> T handling(String id, String updateId, java.util.function.Supplier<T> call) {
    CURRENT.set(new Handling(id, updateId));
    try {
      return call.get();
    } finally {
      CURRENT.remove();
    }
  }

  /** The update instance {@code id} is being handed on this thread; null for none. */
  static String handedTo(String id) {
    Handling handling = CURRENT.get();
    return handling != null && handling.instanceId().equals(id) ? handling.updateId() : null;
  }

  static UpdateAnswer encode(Object answer) {
    UpdateAnswer.Builder encoded = UpdateAnswer.newBuilder();
    if (answer == null) {
      return encoded.build();
    }
    try {
      Codec<Object> codec = Codecs.forType(answer.getClass());
      return encoded.addAllTypes(PayloadTypes.namesOf(answer.getClass()))
          .setValue(codec.encode(answer)).build();
    } catch (CodecException e) {
      throw new WorkflowArgumentException("Workflow.answer(...) of a "
          + answer.getClass().getName() + ", which the engine cannot store: " + e.getMessage());
    }
  }

  /** {@code record} with {@code answer} kept under {@code updateId}, and only remembered ids. */
  static InstanceRecord withAnswer(InstanceRecord record, String updateId, UpdateAnswer answer) {
    Set<String> remembered = new HashSet<>(record.getAppliedEventIdsList());
    Map<String, UpdateAnswer> kept = new HashMap<>();
    record.getUpdateAnswersMap().forEach((id, a) -> {
      if (remembered.contains(id)) {
        kept.put(id, a);
      }
    });
    kept.put(updateId, answer);
    return record.toBuilder().clearUpdateAnswers().putAllUpdateAnswers(kept).build();
  }

  /**
   * The answer {@code record} keeps for {@code updateId}, as {@code type}.
   *
   * @throws IllegalStateException if the update was applied but not answered (or its answer is
   *     no longer kept)
   * @throws ClassCastException if the answer is not a {@code type}
   */
  static <A> A read(InstanceRecord record, String name, String updateId, Class<A> type) {
    UpdateAnswer answer = record.getUpdateAnswersMap().get(updateId);
    if (answer == null) {
      throw new IllegalStateException("instance \"" + record.getId() + "\" took update \""
          + name + "\" (id \"" + updateId + "\") but its step did not answer it: the workflow"
          + " must call Workflow.answer(...) in the step that takes an update");
    }
    if (!answer.hasValue()) {
      return null;
    }
    Class<?> boxed = PayloadTypes.boxed(type);
    if (!answer.getTypesList().contains(boxed.getName())) {
      throw new ClassCastException("the answer of instance \"" + record.getId() + "\" to update \""
          + name + "\" is a " + answer.getTypes(0) + ", not a " + boxed.getName());
    }
    @SuppressWarnings("unchecked") // a codec of A decodes an A
    A value = (A) Codecs.forType(boxed).decode(answer.getValue());
    return value;
  }
}
