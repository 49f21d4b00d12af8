package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failure, its checkpoint and the retry each in a JVM of its own: what a retry continues from
 * is only what the store kept.
 */
class RetryAcrossJvmsTest {

  private static String run(Path store, String call) throws Exception {
    JavaProcess.Result result = JavaProcess.run(store, RetryJvm.class.getName(), call);
    assertEquals(0, result.exitCode(), result.output());
    return result.output();
  }

  @Test
  void aFixedJvmRetriesWhatAnotherFailed(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("retry");
    assertTrue(run(store, "start").contains("outcome: j-1 WAITING for event \"payment\""));

    String failed = run(store, "pay");
    assertTrue(failed.contains("outcome: j-1 FAILED: java.lang.IllegalStateException: no receipt"
        + " template for 5"), failed);
    assertTrue(failed.contains("at dev.resumable.it.RetryFlows.checkout(RetryFlows.java:42)"),
        failed);
    assertTrue(failed.contains("continued with event \"payment\" (Integer)"), failed);

    String retried = run(store, "retry");
    assertTrue(retried.contains("outcome: j-1 WAITING for timer until "), retried);
    assertTrue(retried.contains("at dev.resumable.it.RetryFlows.checkout(RetryFlows.java:43)"
        + "  receipt=\"receipt 5 40\""), retried);
  }
}
