package dev.resumable.bench.history;

import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Temporal's form of {@link Ticks}: a workflow that waits for ticks for as long as they come. */
@WorkflowInterface
public interface TickWorkflow {

  @WorkflowMethod
  void count();

  /**
   * Delivers one tick. An update, not a signal: a signal returns once the server has recorded it,
   * before any worker has replayed the history, so its latency would leave out the very cost P4
   * measures; an update returns after the workflow has taken the tick and the server has recorded
   * that, which is what Resumable's resume returns after.
   */
  @UpdateMethod
  int tick();
}
