package dev.resumable.it;

import dev.resumable.Resumable;
import dev.resumable.Step;
import dev.resumable.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The workflow of {@link StepCrashDrillTest}: a chain of durable steps, each of which tells the
 * test that it was called, with a number no other call has, before it returns that number.
 */
public class StepDrillFlows {

  /** Unique across JVMs: the process id, then a count. */
  private static final AtomicLong CALLS =
      new AtomicLong(ProcessHandle.current().pid() * 1_000_000_000L);

  @Step(maxAttempts = 1)
  public static long call() {
    long nonce = CALLS.incrementAndGet();
    StepDrillChild.print("call " + Workflow.step().instanceId() + " "
        + Workflow.step().sequence() + " " + nonce);
    return nonce;
  }

  /** The number each step returned, in order: what was committed for each. */
  @Resumable
  public static List<Long> chain(int steps) {
    List<Long> results = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      results.add(call());
    }
    return results;
  }
}
