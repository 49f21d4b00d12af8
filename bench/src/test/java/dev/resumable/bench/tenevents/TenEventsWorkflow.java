package dev.resumable.bench.tenevents;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Temporal's form of {@link TenEvents}, with both of Temporal's ways to deliver an event. */
@WorkflowInterface
public interface TenEventsWorkflow {

  @WorkflowMethod
  int sum();

  /** Returns once the server has recorded the event; the workflow takes it later. */
  @SignalMethod
  void item(int value);

  /** Returns once the workflow has taken the event and the server has recorded that. */
  @UpdateMethod
  void deliver(int value);
}
