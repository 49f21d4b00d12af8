package dev.resumable.it.pojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.it.JavaProcess;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JavaBeans as an argument, as locals that share one object, and as a payload that arrives early,
 * stored by the Jackson codec, each step in a JVM of its own on one H2 file.
 */
class PojosAcrossJvmsTest {

  @TempDir Path dir;

  private String step(String which) throws Exception {
    JavaProcess.Result result = JavaProcess.run(dir.resolve("store"),
        ClaimSteps.class.getName(), which);
    assertEquals(0, result.exitCode(), result.output());
    return result.output().lines().filter(l -> l.startsWith("OUTCOME ")).findFirst()
        .orElseThrow(() -> new AssertionError(result.output())).substring("OUTCOME ".length());
  }

  @Test
  void aJavaBeanArgumentAndAnEarlyJavaBeanPayloadComeBackAsTheyWereAfterRestarts()
      throws Exception {
    assertTrue(step("start").contains("WAITING"), "waits for the approval");
    String early = step("assessment");
    assertTrue(early.contains("inbox [assessment]"), early); // kept, stored, in the inbox
    assertEquals("claim-1 COMPLETED: granted 750.50 to ada, [assessed by bob], one claim",
        step("approval"));
  }
}
