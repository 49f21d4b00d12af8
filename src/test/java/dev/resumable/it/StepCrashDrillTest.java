package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random points while engine JVMs run chains of durable steps on several threads: in
 * a step's call, after it returned and before its commit, after the commit, inside group
 * commits. Each step's call is logged by the test before the step returns. In the end, every
 * instance's result lists what was committed for each of its steps, and for each step that is
 * the number its last call returned: a step whose outcome committed never ran again. {@code mvn
 * verify} runs 10 cycles; {@code -Pdrills} runs {@code resumable.drill.stepCycles} (100).
 */
class StepCrashDrillTest {

  private static final int INSTANCES = 48;
  private static final int THREADS = 8;
  private static final int MAX_CALLS_BEFORE_KILL = 120;

  @TempDir Path dir;

  @Test
  @Timeout(value = 60, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aStepWhoseOutcomeCommittedNeverRunsAgain() throws Exception {
    int cycles = Integer.getInteger("resumable.drill.stepCycles", 10);
    // More calls than the killed cycles can make, so that every one of them is killed.
    int steps = Math.max(20, cycles * MAX_CALLS_BEFORE_KILL / INSTANCES * 3 / 2);
    Path store = dir.resolve("steps");
    String seedProperty = System.getProperty("resumable.drill.seed", "random");
    Random random = new Random(
        seedProperty.equals("random") ? System.nanoTime() : Long.parseLong(seedProperty));
    // The last number each step's call returned, by "<id> <step>".
    Map<String, Long> lastCall = new HashMap<>();
    int killed = 0; // up to cycles
    int calls = 0;
    boolean finished = false;
    for (int cycle = 0; !finished; cycle++) {
      boolean last = cycle >= cycles; // runs to the end, unkilled
      int killAfter = last ? Integer.MAX_VALUE : random.nextInt(MAX_CALLS_BEFORE_KILL + 1);
      try (LiveJvm child = LiveJvm.start(StepDrillChild.class, store.toString(),
          String.valueOf(INSTANCES), String.valueOf(steps), String.valueOf(THREADS),
          String.valueOf(cycle))) {
        int seen = 0;
        while (true) {
          if (seen >= killAfter) {
            killed++;
            // What it printed before it died is in the pipe still.
            for (String line : child.killAndReadTheRest()) {
              calls += record(line, lastCall);
            }
            break;
          }
          String line = child.readLine();
          if (line.equals("finished")) {
            finished = true;
            break;
          }
          int called = record(line, lastCall);
          seen += called;
          calls += called;
        }
      }
    }
    try (Engine engine = Engine.builder().storeFile(store).build()) {
      for (int k = 0; k < INSTANCES; k++) {
        String id = StepDrillChild.id(k);
        @SuppressWarnings("unchecked")
        List<Long> committed = (List<Long>) Resumer.on(engine).status(id).result();
        assertEquals(steps, committed.size(), id);
        for (int step = 1; step <= steps; step++) {
          assertEquals(lastCall.get(id + " " + step), committed.get(step - 1), id + " step "
              + step + ": what was committed is not what its last call returned, so it ran"
              + " again after its outcome committed (or its outcome is not a call's)");
        }
      }
    }
    int reruns = calls - INSTANCES * steps;
    System.out.printf("step crash drill: %d kill -9 cycles, %d instances of %d steps, %d"
        + " threads, %d calls (%d again after a kill before their commit), every committed"
        + " step's last call, none after%n", killed, INSTANCES, steps, THREADS, calls, reruns);
    // A child that ran ahead of what the test read may finish in a cycle meant to be killed.
    assertTrue(killed > 0, "no JVM was killed");
  }

  /** Notes a step's call; 1 for a call line, 0 for anything else. */
  private static int record(String line, Map<String, Long> lastCall) {
    String[] words = line.split(" ");
    if (!words[0].equals("call")) {
      return 0;
    }
    lastCall.put(words[1] + " " + words[2], Long.parseLong(words[3]));
    return 1;
  }
}
