package dev.resumable;

import dev.resumable.machine.Machine;
import dev.resumable.machine.StepCall;
import dev.resumable.proto.StepWait;
import dev.resumable.proto.TimerWait;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes one attempt of a durable step and says where the step stands after it: ended with a
 * result, ended with an exception for good, or due again after the policy's backoff. The
 * attempt runs on the calling thread, unless it has a time limit: then on a thread of its own,
 * which is interrupted if the limit passes.
 */
final class StepAttempts implements AutoCloseable {

  private final Clock clock;
  private final dev.resumable.machine.FrameRegistry registry;
  private final dev.resumable.machine.Receivers receivers;
  /** Made when a step with a time limit first runs: most steps have none. */
  private ExecutorService timed;

  /** {@code registry} and {@code receivers} run a saga's compensations, whatever frame made them. */
  StepAttempts(Clock clock, dev.resumable.machine.FrameRegistry registry,
      dev.resumable.machine.Receivers receivers) {
    this.clock = clock;
    this.registry = registry;
    this.receivers = receivers;
  }

  /** The state after the attempt that is due now of the step {@code stack} stopped at. */
  StepWait attempt(String instanceId, Machine.Stack stack, StepCall call, StepWait state) {
    return attempt(instanceId, stack, call, state, null);
  }

  /**
   * The attempt of a transactional step, on {@code connection}, the store's, inside the
   * transaction that the caller commits with the state returned; null for any other step.
   */
  StepWait attempt(String instanceId, Machine.Stack stack, StepCall call, StepWait state,
      java.sql.Connection connection) {
    int attempt = state.getAttempts() + 1;
    long firstAt = attempt == 1 ? clock.millis() : state.getFirstAttemptAtEpochMillis();
    StepWait.Builder next = state.toBuilder().setAttempts(attempt)
        .setFirstAttemptAtEpochMillis(firstAt);
    StepCall.RetryPolicy policy = call.policy();
    Duration limit = limit(policy, firstAt);
    if (limit != null && limit.isZero()) {
      // The engine was away past the deadline: an attempt now would be abandoned at once, its
      // side effects made for nothing. It does not start, and does not count as an attempt.
      return deadlinePassed(state, call, attempt);
    }
    StepKey context = new StepKey(instanceId, state.getSequence(),
        stack.innermostPoint().id(), attempt);
    Object result;
    try {
      result = connection != null ? inTransaction(context, stack, call, state, limit, connection)
          : limit == null ? Workflow.inStep(context, () -> invoke(stack, call, state))
          : timed(context, stack, state, limit, call);
    } catch (dev.resumable.machine.StoredDataException e) {
      throw e; // the arguments cannot be read: the step did not run
    } catch (Throwable thrown) {
      if (thrown instanceof VirtualMachineError fatal) {
        throw fatal;
      }
      return failed(next, thrown, policy, attempt, firstAt);
    }
    // A result that cannot be stored is refused like a local: the call throws, nothing commits.
    return ended(next.setResult(Machine.encodeStepResult(call, result)));
  }

  private Object invoke(Machine.Stack stack, StepCall call, StepWait state) throws Exception {
    try {
      return state.hasCompensating()
          ? Machine.invokeCompensation(call, state, registry, receivers)
          : Machine.invokeStep(stack, state);
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new OddThrowable(t); // neither Exception nor Error: unwrapped where it counts
    }
  }

  /**
   * Runs a transactional step's attempt on this thread, which holds its transaction: no time
   * limit can abandon it, only a deadline already passed keeps it from starting.
   */
  private Object inTransaction(StepKey context, Machine.Stack stack, StepCall call,
      StepWait state, Duration limit, java.sql.Connection connection) throws Exception {
    if (limit != null && limit.isZero()) {
      throw new StepTimeoutException("the deadline of the step " + call.source() + " passed"
          + " before attempt " + context.attempt() + " could start");
    }
    StepConnection guarded = StepConnection.over(connection, call.source());
    try {
      Object result = Workflow.inTransaction(context, guarded.connection(),
          () -> invoke(stack, call, state));
      if (guarded.misuse() != null) {
        throw guarded.misuse(); // even if the step caught it: its transaction is not intact
      }
      return result;
    } catch (Exception e) {
      if (guarded.misuse() != null && e != guarded.misuse()) {
        guarded.misuse().addSuppressed(e);
        throw guarded.misuse();
      }
      throw e;
    } finally {
      guarded.end();
    }
  }

  /** The attempt's time limit: its own, or what is left before the deadline; null for none. */
  private Duration limit(StepCall.RetryPolicy policy, long firstAt) {
    Duration limit = policy.attemptTimeout().isZero() ? null : policy.attemptTimeout();
    if (!policy.deadline().isZero()) {
      Duration left = Duration.ofMillis(firstAt + policy.deadline().toMillis() - clock.millis());
      left = left.isNegative() ? Duration.ZERO : left;
      limit = limit == null || left.compareTo(limit) < 0 ? left : limit;
    }
    return limit;
  }

  private Object timed(StepKey context, Machine.Stack stack, StepWait state, Duration limit,
      StepCall call) throws Throwable {
    Future<Object> attempt = executor().submit(() -> Workflow.inStep(context,
        () -> invoke(stack, call, state)));
    try {
      return attempt.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      attempt.cancel(true); // interrupts it; whatever it returns later is dropped
      throw new StepTimeoutException("attempt " + context.attempt() + " of the step "
          + call.source() + " ran longer than " + limit + " and was abandoned; its thread was"
          + " interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof OddThrowable odd ? odd.getCause() : cause;
    } catch (InterruptedException e) {
      attempt.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the step " + call.source() + " ran;"
          + " nothing was committed", e);
    }
  }

  private synchronized ExecutorService executor() {
    if (timed == null) {
      timed = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "resumable-step");
        thread.setDaemon(true); // an abandoned attempt that ignores interrupts holds up no exit
        return thread;
      });
    }
    return timed;
  }

  private StepWait failed(StepWait.Builder next, Throwable thrown, StepCall.RetryPolicy policy,
      int attempt, long firstAt) {
    if (thrown instanceof OddThrowable odd) {
      thrown = odd.getCause();
    }
    next.setLastError(thrown.getClass().getName()
        + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage()));
    Instant retryAt = clock.instant().plus(policy.backoffAfter(attempt));
    boolean pastDeadline = !policy.deadline().isZero()
        && retryAt.toEpochMilli() > firstAt + policy.deadline().toMillis();
    if (attempt >= policy.maxAttempts() || !policy.retries(thrown) || pastDeadline
        || thrown instanceof TransactionalStepException) {
      return ended(next.setFailure(Failure.toRecord(thrown)));
    }
    return next.setTimer(timer(retryAt)).build();
  }

  private StepWait deadlinePassed(StepWait state, StepCall call, int attempt) {
    StepTimeoutException late = new StepTimeoutException("the deadline of "
        + call.policy().deadline() + " for the step " + call.source() + " passed before attempt "
        + attempt + " could start; the attempts before it failed with " + state.getLastError());
    return ended(state.toBuilder().setLastError(late.getClass().getName() + ": "
        + late.getMessage()).setFailure(Failure.toRecord(late)));
  }

  private StepWait ended(StepWait.Builder next) {
    return next.setEnded(true).setTimer(timer(clock.instant())).build();
  }

  private static TimerWait timer(Instant at) {
    return TimerWait.newBuilder().setDueEpochSecond(at.getEpochSecond())
        .setDueNano(at.getNano()).build();
  }

  /** Carries a thrown Throwable that is neither an Exception nor an Error through a Callable. */
  private static final class OddThrowable extends Exception {
    private static final long serialVersionUID = 1L;

    OddThrowable(Throwable cause) {
      super(cause);
    }
  }

  @Override
  public synchronized void close() {
    if (timed != null) {
      timed.shutdownNow();
    }
  }
}
