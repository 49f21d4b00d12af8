package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
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
    CountDownLatch closing = new CountDownLatch(1);
    Engine engine = Engine.builder().storeFile(dir.resolve("store"))
        .receiver(ShutdownFlows.class, flows).onClosing(closing::countDown).build();
    Resumer.on(engine).startTwoSteps("s");

    AtomicReference<Outcome<?>> stepped = new AtomicReference<>();
    Thread step = new Thread(() -> stepped.set(Resumer.on(engine).resume("s", "go", "a")));
    step.start();
    assertTrue(flows.entered.await(30, TimeUnit.SECONDS), "the step never started");

    AtomicReference<Outcome<?>> steppedWhenClosed = new AtomicReference<>();
    Thread closer = new Thread(() -> {
      engine.close();
      steppedWhenClosed.set(stepped.get());
    });
    closer.start();
    assertTrue(closing.await(30, TimeUnit.SECONDS), "close() never began");
    var refused = assertThrows(IllegalStateException.class, () -> engine.status("s"));
    assertTrue(refused.getMessage().contains("the engine is closed"), refused.getMessage());

    flows.release.countDown();
    step.join();
    closer.join();
    assertNotNull(steppedWhenClosed.get(), "close() returned before the step had committed");
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
    CountDownLatch closing = new CountDownLatch(1);
    Engine engine = Engine.builder().storeFile(dir.resolve("store"))
        .receiver(ShutdownFlows.class, flows).workerThreads(1).onClosing(closing::countDown)
        .build();
    Resumer.on(engine).startTwoSteps("running");
    Resumer.on(engine).startTwoSteps("queued");
    var running = engine.resumeAsync("running", "go", "a");
    assertTrue(flows.entered.await(30, TimeUnit.SECONDS), "the step never started");
    var queued = engine.resumeAsync("queued", "go", "x"); // behind it, on the one worker

    Thread closer = new Thread(engine::close);
    closer.start();
    assertTrue(closing.await(30, TimeUnit.SECONDS), "close() never began");
    assertTrue(closer.isAlive() && !running.isDone(), "close() did not wait for the worker");
    flows.release.countDown();
    closer.join();

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
