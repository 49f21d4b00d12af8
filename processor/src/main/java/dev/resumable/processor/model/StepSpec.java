package dev.resumable.processor.model;

import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * A durable step's call as the state machine needs it: the {@code @Step} method's parameter and
 * result types and its policy, read from the annotation and checked before the model is built.
 * Durations are ISO-8601 text in canonical form, empty for none; {@code transactional} runs each
 * attempt in the checkpoint's transaction.
 */
public record StepSpec(List<TypeMirror> parameterTypes, TypeMirror resultType, int maxAttempts,
    String initialBackoff, double multiplier, String maxBackoff, List<TypeMirror> retryOn,
    List<TypeMirror> doNotRetry, String attemptTimeout, String deadline, boolean transactional) {

  public StepSpec {
    parameterTypes = List.copyOf(parameterTypes);
    retryOn = List.copyOf(retryOn);
    doNotRetry = List.copyOf(doNotRetry);
  }
}
