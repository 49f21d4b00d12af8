package dev.resumable.bench.history;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.WorkerFactoryOptions;

/**
 * Temporal's side of P4: {@link TickWorkflow} instances on the in-process test server and a real
 * worker whose workflow cache is emptied before every measured tick, so that the tick replays
 * the whole history, as on any worker after an eviction, a restart or with the cache disabled.
 *
 * <p>The cache has one slot rather than none. With none, building a long history would replay it
 * at every tick, which is quadratic; and a second, cached worker cannot build it instead, since
 * the in-process server never moves a workflow off the sticky queue of a worker that has left.
 * With one slot, the instance being built keeps it, and {@link #evict()} gives it to another
 * instance, after which the next tick is a cache miss exactly as with no cache.
 */
public final class TemporalTicks implements AutoCloseable {

  /**
   * The event count at which Temporal's server fails a workflow (it warns from 10,240 and advises
   * continue-as-new). The in-process test server enforces no limit, so the benchmark does.
   */
  public static final int SERVER_HISTORY_LIMIT = 51_200;

  private static final String QUEUE = "ticks";

  private final TestWorkflowEnvironment env;
  private int started;

  private TemporalTicks(TestWorkflowEnvironment env) {
    this.env = env;
    env.newWorker(QUEUE).registerWorkflowImplementationTypes(TickWorkflowImpl.class);
    env.start();
  }

  public static TemporalTicks open() {
    // The thread count stays at its default: it bounds running workflows, and one runs at a time.
    WorkerFactoryOptions oneSlot = WorkerFactoryOptions.newBuilder().setWorkflowCacheSize(1)
        .build();
    return new TemporalTicks(TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
        .setWorkerFactoryOptions(oneSlot)
        // No timers here: time runs as on a real server, without the skipping bookkeeping.
        .setUseTimeskipping(false)
        .build()));
  }

  /** Starts an instance and makes it wait {@code waits} times, each a workflow task. */
  public TickWorkflow startWaited(int waits) {
    TickWorkflow workflow = start();
    int taken = 0;
    for (int i = 0; i < waits; i++) {
      taken = workflow.tick();
    }
    if (taken != waits) {
      throw new IllegalStateException("the workflow counted " + taken + " of " + waits + " ticks");
    }
    return workflow;
  }

  /**
   * Empties the worker's cache of every other instance, so that their next tick replays in full:
   * a new instance takes the slot. A new one each time, since one that had taken turns with the
   * measured instance would replay its own growing history at every eviction.
   */
  public void evict() {
    startWaited(1);
  }

  /** How many events the instance's history holds. */
  public int historyEvents(TickWorkflow workflow) {
    String workflowId = WorkflowStub.fromTyped(workflow).getExecution().getWorkflowId();
    return env.getWorkflowClient().fetchHistory(workflowId).getEvents().size();
  }

  private TickWorkflow start() {
    TickWorkflow workflow = env.getWorkflowClient().newWorkflowStub(TickWorkflow.class,
        WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId("ticks-" + ++started)
            .build());
    WorkflowClient.start(workflow::count);
    return workflow;
  }

  @Override
  public void close() {
    env.close();
  }
}
