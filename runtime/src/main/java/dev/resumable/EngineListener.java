package dev.resumable;

import java.time.Duration;

/**
 * Told what an engine does, for metrics and logs: instances that start and end, the steps that
 * run them, the store's durable commits, and instances that cannot be read. Register one with
 * {@link Engine.Builder#listener}; every method does nothing by default.
 *
 * <p>Calls come on the thread that did the work, after the work is committed, so a listener must
 * be quick and must not call back into the engine. One that throws is reported to {@link
 * Engine.Builder#onError} and ignored: a listener never changes what the engine does.
 *
 * <p>{@code method} is the stable key of an instance's entry method, as {@link
 * dev.resumable.query.InstanceQuery.Builder#method} and the instance counts name it.
 */
public interface EngineListener {

  /** Instance {@code id} (a started instance or a branch) was committed for the first time. */
  default void instanceStarted(String id, String method) {}

  /**
   * Instance {@code id} ended {@link Status#COMPLETED}, {@link Status#FAILED} or {@link
   * Status#CANCELLED}, and that is committed.
   */
  default void instanceEnded(String id, String method, Status status) {}

  /**
   * A step ran instance {@code id} from one wait to the next (or to its end) and its commit
   * returned: {@code took} is the wall time of both, the code and the durable commit. {@code
   * outcome} is where the instance stands now, or {@link StepOutcome#NOT_COMMITTED} if the store
   * refused the step (a concurrent change, a taken id, the store down) and nothing of it stayed.
   */
  default void stepRan(String id, String method, Duration took, StepOutcome outcome) {}

  /**
   * The store made one durable commit carrying {@code writes} writes (a step's change set, a
   * timer claim, ...): the embedded store commits the writes of concurrent callers together,
   * and this is how many shared each commit. Stores that commit every write alone report 1.
   */
  default void commitBatch(int writes) {}

  /**
   * Background work (the timer sweep, a signal) met instance {@code id}, whose stored state
   * this build cannot read or continue; it is skipped until repaired. Told once per stored
   * revision, as the report to {@link Engine.Builder#onError} is.
   */
  default void unreadableInstance(String id, UnreadableInstanceException why) {}

  /** Where a step left its instance. */
  enum StepOutcome {
    WAITING,
    COMPLETED,
    FAILED,
    CANCELLED,
    /** The store refused the step's commit; the instance is as it was before the step. */
    NOT_COMMITTED
  }
}
