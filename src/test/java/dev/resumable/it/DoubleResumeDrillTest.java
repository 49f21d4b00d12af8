package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.Engine;
import dev.resumable.InstanceFinishedException;
import dev.resumable.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two resumes of one instance at the same moment, from two engines opened on the same file in
 * one JVM: exactly one applies, the other is told the instance has finished, and the code after
 * the wait runs once.
 */
class DoubleResumeDrillTest {

  private static final int THREADS = 32;

  @TempDir Path dir;

  @Test
  @Timeout(value = 30, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void exactlyOneOfTwoRacingResumesApplies() throws Exception {
    int trials = Integer.getInteger("resumable.drill.doubleResumes", 10_000);
    Path store = dir.resolve("double");
    long started = System.nanoTime();
    int applied = 0;
    int refused = 0;
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (Engine first = Engine.builder().storeFile(store).build();
        Engine second = Engine.builder().storeFile(store).build()) {
      Resumer one = Resumer.on(first);
      Resumer other = Resumer.on(second);
      List<Future<?>> starts = new ArrayList<>();
      for (int t = 0; t < trials; t++) {
        String id = "race-" + t;
        starts.add(pool.submit(() -> one.startOnce(id, id)));
      }
      for (Future<?> start : starts) {
        start.get();
      }
      // Each pair is handed in together, and the pool takes tasks in order, so both sides of a
      // trial run at once and meet at its barrier before they resume.
      List<Future<Object>> sides = new ArrayList<>();
      for (int t = 0; t < trials; t++) {
        String id = "race-" + t;
        CyclicBarrier together = new CyclicBarrier(2);
        sides.add(pool.submit(() -> side(together, () -> one.resume(id, "n", 1L))));
        sides.add(pool.submit(() -> side(together, () -> other.resume(id, "n", 2L))));
      }
      for (int t = 0; t < trials; t++) {
        Object left = sides.get(2 * t).get();
        Object right = sides.get(2 * t + 1).get();
        int won = (left instanceof Long ? 1 : 0) + (right instanceof Long ? 1 : 0);
        applied += won;
        refused += 2 - won;
        assertEquals(1, won, "race-" + t + ": " + left + ", " + right);
        assertEquals(left instanceof Long ? left : right,
            one.status("race-" + t).result(), "race-" + t + ": the stored result is the winner's");
      }
    } finally {
      pool.shutdownNow();
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    int ranTwice = (int) IntegrityFlows.AFTER_WAIT.entrySet().stream()
        .filter(e -> e.getKey().startsWith("race-") && e.getValue() != 1).count();
    System.out.printf("double resume: %d trials on two engines sharing one file, %d applied,"
        + " %d refused as finished, %d ran the code after the wait twice, %d ms%n", trials,
        applied, refused, ranTwice, millis);
    assertEquals(trials, applied);
    assertEquals(trials, refused);
    assertEquals(0, ranTwice);
  }

  /** One side of a trial: the result it got, or the exception that told it the other won. */
  private static Object side(CyclicBarrier together, Callable<Outcome<?>> resume)
      throws Exception {
    together.await(1, TimeUnit.MINUTES);
    try {
      return resume.call().result();
    } catch (InstanceFinishedException e) {
      return e;
    }
  }
}
