package dev.resumable.bench.tenevents;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;

/**
 * Temporal's side of P8: {@link TenEventsWorkflow} on the in-process test server and a real
 * worker with its default settings, workflow cache included, as an application would run it.
 */
public final class TemporalTenEvents implements AutoCloseable {

  private static final String QUEUE = "ten-events";

  private final TestWorkflowEnvironment env;
  private int started;

  private TemporalTenEvents(TestWorkflowEnvironment env) {
    this.env = env;
    env.newWorker(QUEUE).registerWorkflowImplementationTypes(TenEventsWorkflowImpl.class);
    env.start();
  }

  public static TemporalTenEvents open() {
    // No timers here: time runs as on a real server, without the skipping bookkeeping.
    return new TemporalTenEvents(TestWorkflowEnvironment.newInstance(
        TestEnvironmentOptions.newBuilder().setUseTimeskipping(false).build()));
  }

  /**
   * Starts a workflow, signals its ten events one after another without waiting for the workflow
   * to take each, and waits for its result. Signals that arrive together may be taken in one
   * workflow task: that is how Temporal runs a burst of signals.
   */
  public int runWithSignals() {
    TenEventsWorkflow workflow = start();
    for (int i = 1; i <= TenEvents.EVENTS; i++) {
      workflow.item(i);
    }
    return WorkflowStub.fromTyped(workflow).getResult(Integer.class);
  }

  /**
   * Starts a workflow and delivers its ten events as updates, each returning once the workflow
   * has taken it, as each of Resumable's resumes does; then waits for its result.
   */
  public int runWithUpdates() {
    TenEventsWorkflow workflow = start();
    for (int i = 1; i <= TenEvents.EVENTS; i++) {
      workflow.deliver(i);
    }
    return WorkflowStub.fromTyped(workflow).getResult(Integer.class);
  }

  private TenEventsWorkflow start() {
    TenEventsWorkflow workflow = env.getWorkflowClient().newWorkflowStub(TenEventsWorkflow.class,
        WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId("sum-" + ++started)
            .build());
    WorkflowClient.start(workflow::sum);
    return workflow;
  }

  @Override
  public void close() {
    env.close();
  }
}
