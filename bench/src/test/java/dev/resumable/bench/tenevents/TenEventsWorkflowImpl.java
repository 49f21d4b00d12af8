package dev.resumable.bench.tenevents;

import io.temporal.workflow.Workflow;
import java.util.ArrayDeque;
import java.util.Queue;

/** Adds up ten events, each awaited in turn, however they were delivered. */
public final class TenEventsWorkflowImpl implements TenEventsWorkflow {

  private final Queue<Integer> arrived = new ArrayDeque<>();

  @Override
  public int sum() {
    int sum = 0;
    for (int i = 0; i < TenEvents.EVENTS; i++) {
      Workflow.await(() -> !arrived.isEmpty());
      sum += arrived.remove();
    }
    return sum;
  }

  @Override
  public void item(int value) {
    arrived.add(value);
  }

  @Override
  public void deliver(int value) {
    arrived.add(value);
  }
}
