package dev.resumable.bench.history;

import io.temporal.workflow.Workflow;

/** Waits on a counter that each tick raises: one wait, and one workflow task, per tick. */
public final class TickWorkflowImpl implements TickWorkflow {

  private int delivered;
  private int taken;

  @Override
  public void count() {
    while (true) {
      Workflow.await(() -> delivered > taken);
      taken++;
    }
  }

  @Override
  public int tick() {
    return ++delivered;
  }
}
