package dev.resumable.testkit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Two tests at the same time, each starting an instance under the same id: with a shared store
 * the second start would find the first one's instance. The barrier makes sure they overlap.
 */
@Execution(ExecutionMode.CONCURRENT)
class ParallelStoresTest {

  private static final CyclicBarrier BOTH_STARTED = new CyclicBarrier(2);
  private static final CyclicBarrier BOTH_CHECKED = new CyclicBarrier(2);
  private static final ConcurrentHashMap<String, Path> STORES = new ConcurrentHashMap<>();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(Greeter.class, () -> new Greeter(1));

  @Test
  void first() throws Exception {
    runAlongsideTheOther("first", "Ann");
  }

  @Test
  void second() throws Exception {
    runAlongsideTheOther("second", "Bo");
  }

  private void runAlongsideTheOther(String test, String name) throws Exception {
    Resumer.on(kit.engine()).startGreet("same-id", name);
    STORES.put(test, kit.storeFile());
    await(BOTH_STARTED);

    Resumer.on(kit.engine()).resume("same-id", "greeting", "Hello");
    kit.assertThat("same-id").isCompletedWith("Hello, " + name + ", from greeter 1");
    assertNotEquals(STORES.get("first"), STORES.get("second"));
    await(BOTH_CHECKED);
  }

  /** A bound, not a measurement: it only keeps a broken run from hanging the build. */
  private static void await(CyclicBarrier barrier)
      throws InterruptedException, BrokenBarrierException {
    try {
      barrier.await(60, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("the two tests did not run at the same time", e);
    }
  }
}
