package dev.resumable.machine;

import dev.resumable.CompensationFailedException;
import dev.resumable.codec.StoredExceptions;
import dev.resumable.proto.Compensating;
import dev.resumable.proto.Compensation;
import dev.resumable.proto.CompensationOutcome;
import dev.resumable.proto.StepWait;
import dev.resumable.proto.TimerWait;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A saga's compensations as durable steps, one after another at the point of its {@code
 * compensate()}: each is a step wait of its own, with its own number and policy, and carries the
 * whole list, which one it is and how those before it ended. So the frame waits at one point
 * until the last has ended, and a crash goes on with the first whose outcome is not committed.
 */
final class Compensations {

  private Compensations() {}

  /** The step wait of the first of {@code newestFirst}, due {@code now}. */
  static Awaiting.ForStep begin(List<Compensation> newestFirst, Branching branching,
      Instant now) {
    Compensating progress = Compensating.newBuilder().addAllCompensations(newestFirst)
        .setCurrent(0).build();
    return waitFor(progress, branching, now);
  }

  /**
   * The step wait of the compensation after the one that ended in {@code ended}; null if that
   * was the last.
   */
  static Awaiting.ForStep next(StepWait ended, Branching branching, Instant now) {
    Compensating progress = ended.getCompensating();
    if (progress.getCurrent() + 1 >= progress.getCompensationsCount()) {
      return null;
    }
    return waitFor(progress.toBuilder().setCurrent(progress.getCurrent() + 1)
        .addDone(outcomeOf(ended)).build(), branching, now);
  }

  /**
   * What {@code compensate()} ends with once the last compensation ended in {@code ended}: null
   * if every one ran, otherwise the exception naming those that ran and those that failed.
   */
  static CompensationFailedException failure(StepWait ended) {
    Compensating progress = ended.getCompensating();
    List<CompensationOutcome> outcomes = new ArrayList<>(progress.getDoneList());
    outcomes.add(outcomeOf(ended));
    List<String> ran = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      String source = progress.getCompensations(i).getSource();
      if (outcomes.get(i).hasFailure()) {
        failed.add(source);
        failures.add(StoredExceptions.restore(outcomes.get(i).getFailure()));
      } else {
        ran.add(source);
      }
    }
    return failed.isEmpty() ? null : new CompensationFailedException(ran, failed, failures);
  }

  /** The description of the compensation {@code state} runs, as the frame that registered it has it. */
  static StepCall callOf(StepWait state, Branching branching) {
    Compensation compensation = current(state);
    FrameRegistry registry = branching.registry();
    if (registry == null) {
      throw new IllegalStateException("a saga compensates only in an instance that an Engine"
          + " runs");
    }
    FrameType type = registry.find(compensation.getMethodKey());
    StepCall call = type == null ? null : type.compensation(compensation.getId());
    if (call == null) {
      throw new StoredDataException("the compensation " + compensation.getSource() + " ("
          + compensation.getId() + " of " + compensation.getMethodKey() + ") is not in this"
          + " build; restore the onUndo call that registered it", null);
    }
    return call;
  }

  /** One attempt of the compensation {@code state} runs, on a blank frame of its method. */
  static Object invoke(StepCall call, StepWait state, FrameRegistry registry,
      Receivers receivers) throws Throwable {
    Compensation compensation = current(state);
    Object[] arguments = call.decodeArguments(compensation.getArgumentsList());
    return registry.find(compensation.getMethodKey()).blankFrame(receivers)
        .invokeCompensation(compensation.getId(), arguments);
  }

  static Compensation current(StepWait state) {
    Compensating progress = state.getCompensating();
    return progress.getCompensations(progress.getCurrent());
  }

  private static CompensationOutcome outcomeOf(StepWait ended) {
    CompensationOutcome.Builder outcome = CompensationOutcome.newBuilder();
    if (ended.hasFailure()) {
      outcome.setFailure(ended.getFailure());
    }
    return outcome.build();
  }

  private static Awaiting.ForStep waitFor(Compensating progress, Branching branching,
      Instant now) {
    Compensation compensation = progress.getCompensations(progress.getCurrent());
    StepWait state = StepWait.newBuilder()
        .addAllArguments(compensation.getArgumentsList())
        .setSequence(branching.nextStep())
        .setTimer(TimerWait.newBuilder().setDueEpochSecond(now.getEpochSecond())
            .setDueNano(now.getNano()))
        .setCompensating(progress)
        .build();
    return new Awaiting.ForStep(callOf(state, branching), state);
  }
}
