package dev.resumable;

import dev.resumable.EngineListener.StepOutcome;
import dev.resumable.proto.InstanceRecord;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The engine's {@link EngineListener}s, told from the few places where what they hear of
 * happens: a step's commit ({@link InstanceStore#commit}), the store's durable commits, and the
 * {@link Quarantine}. A listener that throws is reported and ignored, so that what the engine has
 * committed is never turned into a failure by an observer.
 */
final class Listeners {

  private final List<EngineListener> listeners;
  private final Consumer<Throwable> errors;

  Listeners(List<EngineListener> listeners, Consumer<Throwable> errors) {
    this.listeners = List.copyOf(listeners);
    this.errors = errors;
  }

  boolean isEmpty() {
    return listeners.isEmpty();
  }

  /** {@code changes}, begun at {@code beganNanos}, committed: the step, what started and ended. */
  void committed(StepChanges changes, long beganNanos) {
    if (listeners.isEmpty()) {
      return;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - beganNanos);
    for (InstanceRecord started : changes.inserted()) {
      tell("instanceStarted", l -> l.instanceStarted(started.getId(), started.getEntryMethod()));
    }
    for (InstanceRecord ran : changes.ran()) {
      Status status = InstanceRecords.status(ran);
      if (status != Status.WAITING) {
        tell("instanceEnded", l -> l.instanceEnded(ran.getId(), ran.getEntryMethod(), status));
      }
    }
    InstanceRecord stepped = changes.stepped();
    if (stepped != null) {
      StepOutcome outcome = StepOutcome.valueOf(InstanceRecords.status(stepped).name());
      tell("stepRan", l -> l.stepRan(stepped.getId(), stepped.getEntryMethod(), took, outcome));
    }
  }

  /** The store refused {@code changes}, begun at {@code beganNanos}: nothing of it stayed. */
  void refused(StepChanges changes, long beganNanos) {
    InstanceRecord stepped = changes.stepped();
    if (listeners.isEmpty() || stepped == null) {
      return;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - beganNanos);
    tell("stepRan", l -> l.stepRan(stepped.getId(), stepped.getEntryMethod(), took,
        StepOutcome.NOT_COMMITTED));
  }

  void commitBatch(int writes) {
    tell("commitBatch", l -> l.commitBatch(writes));
  }

  void unreadable(String id, UnreadableInstanceException why) {
    tell("unreadableInstance", l -> l.unreadableInstance(id, why));
  }

  private void tell(String what, Consumer<EngineListener> call) {
    for (EngineListener listener : listeners) {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        report(new IllegalStateException("engine listener " + listener + " threw in " + what
            + "; the engine ignored it and went on", e));
      }
    }
  }

  private void report(RuntimeException e) {
    try {
      errors.accept(e);
    } catch (RuntimeException ignored) {
      // The error handler failing too must not fail a commit that has happened.
    }
  }
}
