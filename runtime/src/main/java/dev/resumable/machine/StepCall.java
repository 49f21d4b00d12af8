package dev.resumable.machine;

import dev.resumable.codec.Codec;
import dev.resumable.proto.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The static description of one durable step's call, generated for its point: how its arguments
 * and result are stored, and its retry policy, as the {@code @Step} method declares them.
 */
public final class StepCall {

  private final String source;
  private final List<Codec<?>> arguments;
  private final Codec<?> result;
  private final RetryPolicy policy;
  private final boolean transactional;

  private StepCall(String source, List<Codec<?>> arguments, Codec<?> result,
      RetryPolicy policy, boolean transactional) {
    this.source = source;
    this.arguments = List.copyOf(arguments);
    this.result = result;
    this.policy = policy;
    this.transactional = transactional;
  }

  /**
   * @param source the call as written, for inspection
   * @param result the return type's codec; null for a void step
   * @param arguments each parameter's codec, in order
   */
  public static StepCall of(String source, Codec<?> result, RetryPolicy policy,
      Codec<?>... arguments) {
    return new StepCall(source, List.of(arguments), result, policy, false);
  }

  /** This call as a transactional step: each attempt runs in the checkpoint's transaction. */
  public StepCall inTransaction() {
    return new StepCall(source, arguments, result, policy, true);
  }

  /** Whether each attempt runs in a transaction of the store that commits its outcome too. */
  public boolean isTransactional() {
    return transactional;
  }

  public String source() {
    return source;
  }

  public RetryPolicy policy() {
    return policy;
  }

  /** Encodes the arguments a call passes, each by its parameter's type. */
  @SuppressWarnings("unchecked") // each codec is the one of its parameter's declared type
  List<Value> encodeArguments(Object[] values) {
    List<Value> encoded = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      encoded.add(((Codec<Object>) arguments.get(i)).encode(values[i]));
    }
    return encoded;
  }

  /** Fresh copies of stored arguments, for one attempt. */
  Object[] decodeArguments(List<Value> stored) {
    if (stored.size() != arguments.size()) {
      throw new StoredDataException("the step " + source + " stored " + stored.size()
          + " arguments, but the code passes " + arguments.size(), null);
    }
    Object[] values = new Object[stored.size()];
    for (int i = 0; i < values.length; i++) {
      try {
        values[i] = arguments.get(i).decode(stored.get(i));
      } catch (RuntimeException e) {
        throw new StoredDataException("argument " + (i + 1) + " of the step " + source
            + " cannot be decoded: " + e.getMessage(), e);
      }
    }
    return values;
  }

  /** The stored form of what an attempt returned. */
  @SuppressWarnings("unchecked")
  Value encodeResult(Object value) {
    return result == null ? Value.getDefaultInstance() : ((Codec<Object>) result).encode(value);
  }

  Object decodeResult(Value stored) {
    if (result == null) {
      return null;
    }
    try {
      return result.decode(stored);
    } catch (RuntimeException e) {
      throw new StoredDataException("the result of the step " + source + " cannot be decoded: "
          + e.getMessage(), e);
    }
  }

  /**
   * When and how often a step is tried again. Durations are never null; {@code attemptTimeout}
   * and {@code deadline} are {@link Duration#ZERO} for none.
   */
  public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier,
      Duration maxBackoff, List<Class<? extends Throwable>> retryOn,
      List<Class<? extends Throwable>> doNotRetry, Duration attemptTimeout, Duration deadline) {

    public RetryPolicy {
      retryOn = List.copyOf(retryOn);
      doNotRetry = List.copyOf(doNotRetry);
    }

    /** Whether an attempt that threw {@code thrown} may be followed by another. */
    public boolean retries(Throwable thrown) {
      if (thrown instanceof Error || doNotRetry.stream().anyMatch(t -> t.isInstance(thrown))) {
        return false;
      }
      return retryOn.isEmpty() ? thrown instanceof Exception
          : retryOn.stream().anyMatch(t -> t.isInstance(thrown));
    }

    /** The wait after failed attempt {@code attempt} (from 1). */
    public Duration backoffAfter(int attempt) {
      double millis = initialBackoff.toMillis() * Math.pow(multiplier, attempt - 1);
      return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }
  }
}
