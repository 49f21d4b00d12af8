package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.Engine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durable steps started together run at the same time on the engine's worker threads: the two
 * steps of this workflow can only pass their barrier side by side. The workflow's own code still
 * runs on one thread at a time.
 */
class ConcurrentStepsTest {

  @TempDir Path dir;

  @Test
  void theStepsOfTwoBranchesRunSideBySide() {
    try (Engine engine = Engine.builder().storeFile(dir.resolve("store")).workerThreads(2)
        .receiver(ConcurrentStepFlows.class, new ConcurrentStepFlows()).build()) {
      Resumer.on(engine).startBothQuotes("quotes-1", "order 1");

      engine.fireDueTimers(); // both branches' steps are due: they run on two worker threads

      assertEquals("order 1: acme quotes 10, globex quotes 10",
          engine.status("quotes-1").result());
    }
  }
}
