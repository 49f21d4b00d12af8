package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** close() lets a running step finish and commit, and refuses new calls meanwhile. */
class ShutdownTest {

  @TempDir
  Path dir;

  @Test
  @Timeout(60) // a bound, not a measurement: a broken close() must fail, not hang the build
  void closeWaitsForTheStepInProgress() throws Exception {
    ShutdownFlows flows = new ShutdownFlows();
    Engine engine = Engine.builder().storeFile(dir.resolve("store"))
        .receiver(ShutdownFlows.class, flows).build();
    Resumer.on(engine).startTwoSteps("s");

    AtomicReference<Outcome<?>> stepped = new AtomicReference<>();
    Thread step = new Thread(() -> stepped.set(Resumer.on(engine).resume("s", "go", "a")));
    step.start();
    assertTrue(flows.entered.await(30, TimeUnit.SECONDS), "the step never started");

    Thread closing = new Thread(engine::close);
    closing.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (closing.getState() != Thread.State.WAITING
        && closing.getState() != Thread.State.TERMINATED && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertEquals(Thread.State.WAITING, closing.getState(), "close() did not wait for the step");
    var refused = assertThrows(IllegalStateException.class, () -> engine.status("s"));
    assertTrue(refused.getMessage().contains("the engine is closed"), refused.getMessage());

    flows.release.countDown();
    step.join();
    closing.join();
    assertEquals("event \"next\" (String)", stepped.get().waitingFor());
    try (Engine reopened = Engine.builder().storeFile(dir.resolve("store"))
        .receiver(ShutdownFlows.class, new ShutdownFlows()).build()) {
      assertEquals("ab", Resumer.on(reopened).resume("s", "next", "b").result());
    }
  }

  @Test
  @Timeout(60) // a bound, not a measurement: a broken close() must fail, not hang the build
  void closeFinishesTheBackgroundStepInProgressAndRefusesTheQueuedOnes() throws Exception {
    ShutdownFlows flows = new ShutdownFlows();
    Engine engine = Engine.builder().storeFile(dir.resolve("store"))
        .receiver(ShutdownFlows.class, flows).workerThreads(1).build();
    Resumer.on(engine).startTwoSteps("running");
    Resumer.on(engine).startTwoSteps("queued");
    var running = engine.resumeAsync("running", "go", "a");
    assertTrue(flows.entered.await(30, TimeUnit.SECONDS), "the step never started");
    var queued = engine.resumeAsync("queued", "go", "x"); // behind it, on the one worker

    Thread closing = new Thread(engine::close);
    closing.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (closing.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
      Thread.onSpinWait(); // until close() has begun and waits for the worker
    }
    assertEquals(Thread.State.TIMED_WAITING, closing.getState(), "close() did not wait");
    flows.release.countDown();
    closing.join();

    assertEquals("event \"next\" (String)", running.get().waitingFor());
    var refused = assertThrows(java.util.concurrent.ExecutionException.class, queued::get);
    assertTrue(refused.getCause().getMessage().contains("the engine is closed"),
        refused.getCause().getMessage());
    try (Engine reopened = Engine.builder().storeFile(dir.resolve("store"))
        .receiver(ShutdownFlows.class, new ShutdownFlows()).build()) {
      assertEquals("event \"go\" (String)", reopened.status("queued").waitingFor());
    }
  }
}
