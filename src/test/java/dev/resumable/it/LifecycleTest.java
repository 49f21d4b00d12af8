package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.resumable.Engine;
import dev.resumable.InstanceFinishedException;
import dev.resumable.Outcome;
import dev.resumable.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancellation, duplicate events, and many instances resumed at once. */
class LifecycleTest {

  @TempDir
  Path dir;

  private Engine engine(LifecycleFlows flows) {
    return Engine.builder().storeFile(dir.resolve("store"))
        .receiver(LifecycleFlows.class, flows).build();
  }

  @Test
  void cancellingRunsFinallyBlocksAndEndsCancelled() {
    try (Engine engine = engine(new LifecycleFlows())) {
      Resumer.on(engine).startCancellable("c", "order-9");
    }
    LifecycleFlows flows = new LifecycleFlows();
    try (Engine engine = engine(flows)) {
      Outcome<?> cancelled = Resumer.on(engine).cancel("c");
      assertEquals(Status.CANCELLED, cancelled.status());
      assertEquals(List.of("release stock of order-9", "refund order-9"), flows.cleanups);
      assertEquals(Status.CANCELLED, engine.status("c").status());
      assertThrows(InstanceFinishedException.class, () -> Resumer.on(engine).cancel("c"));
    }
  }

  @Test
  void anEventDeliveredTwiceIsAppliedOnce() {
    try (Engine engine = engine(new LifecycleFlows())) {
      Resumer resumer = Resumer.on(engine);
      resumer.startCounter("n");
      resumer.resume("n", "add", 5, "event-1");
      resumer.resume("n", "add", 5, "event-1");
      resumer.resume("n", "add", 7, "event-2");
    }
    try (Engine engine = engine(new LifecycleFlows())) {
      Resumer resumer = Resumer.on(engine);
      resumer.resume("n", "add", 7, "event-2");
      assertEquals(12, resumer.resume("n", "add", 0, "event-3").result());
      assertEquals(12, resumer.resume("n", "add", 0, "event-3").result());
    }
  }

  @Test
  void aThousandInstancesResumedFromEightThreads() throws Exception {
    int instances = 1_000;
    try (Engine engine = engine(new LifecycleFlows())) {
      Resumer resumer = Resumer.on(engine);
      for (int i = 0; i < instances; i++) {
        resumer.startCounter("i" + i);
      }
      ExecutorService threads = Executors.newFixedThreadPool(8);
      try {
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int thread = t;
          work.add(threads.submit(() -> {
            // Every thread touches every instance, so resumes of one instance contend.
            for (int i = 0; i < instances; i++) {
              resumer.resume("i" + i, "add", i + thread + 1);
            }
            return null;
          }));
        }
        for (Future<?> f : work) {
          f.get();
        }
      } finally {
        threads.shutdown();
      }
      for (int i = 0; i < instances; i++) {
        int expected = 8 * i + (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8);
        assertEquals(Status.WAITING, engine.status("i" + i).status());
        assertEquals(expected, resumer.resume("i" + i, "add", 0).result(), "instance i" + i);
      }
    }
  }

  @Test
  void resumesHandedToTheEnginesWorkerThreadsAllCommit() throws Exception {
    int instances = 200;
    try (Engine engine = Engine.builder().storeFile(dir.resolve("async"))
        .receiver(LifecycleFlows.class, new LifecycleFlows()).workerThreads(4).build()) {
      Resumer resumer = Resumer.on(engine);
      List<java.util.concurrent.CompletableFuture<?>> work = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        String id = "a" + i;
        int n = i;
        resumer.startCounter(id);
        // Each instance's two events in order; all instances at once.
        work.add(engine.resumeAsync(id, "add", n + 1)
            .thenCompose(added -> engine.resumeAsync(id, "add", 0)));
      }
      java.util.concurrent.CompletableFuture.allOf(work.toArray(
          java.util.concurrent.CompletableFuture[]::new)).get();
      for (int i = 0; i < instances; i++) {
        assertEquals(i + 1, engine.status("a" + i).result(), "instance a" + i);
      }
    }
  }
}
