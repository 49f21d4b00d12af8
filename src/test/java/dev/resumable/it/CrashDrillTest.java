package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random points while 16 threads resume instances with event ids, so that kills land
 * inside group commits too. After each kill the next JVM reports where every instance stands:
 * no acknowledged event may be missing, none may have been applied twice, and in the end every
 * instance has exactly its result. {@code mvn verify} runs a quick form of 30 cycles;
 * {@code -Pdrills} the long one ({@code resumable.drill.crashCycles}, 200 there).
 */
class CrashDrillTest {

  private static final int INSTANCES = 128;
  private static final int THREADS = 16;
  private static final int MAX_ACKS_BEFORE_KILL = 400;

  @TempDir Path dir;

  @Test
  @Timeout(value = 60, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void noAcknowledgedEventIsLostAndNoneIsAppliedTwice() throws Exception {
    int cycles = Integer.getInteger("resumable.drill.crashCycles", 30);
    // Enough events that work remains for every cycle to kill in the middle of it.
    int events = Math.max(20, cycles * MAX_ACKS_BEFORE_KILL / 2 / INSTANCES * 3 / 2);
    Path store = dir.resolve("crash");
    String seedProperty = System.getProperty("resumable.drill.seed", "random");
    Random random = new Random(
        seedProperty.equals("random") ? System.nanoTime() : Long.parseLong(seedProperty));
    Map<String, Integer> lastAcked = new HashMap<>();
    long acks = 0;
    long started = System.nanoTime();
    int killed = 0;
    for (int cycle = 0; cycle <= cycles; cycle++) {
      boolean last = cycle == cycles; // runs to the end, unkilled
      int killAfter = last ? Integer.MAX_VALUE : random.nextInt(MAX_ACKS_BEFORE_KILL + 1);
      try (LiveJvm child = LiveJvm.start(CrashDrillChild.class, store.toString(),
          String.valueOf(INSTANCES), String.valueOf(events), String.valueOf(THREADS))) {
        int acked = 0;
        int progressLines = 0;
        while (true) {
          if (acked >= killAfter) {
            child.kill();
            killed++;
            break;
          }
          String line = child.readLine();
          String[] words = line.split(" ");
          if (words[0].equals("finished")) {
            break;
          }
          if (words[0].equals("created")) {
            assertTrue(!lastAcked.containsKey(words[1]), words[1] + " was started again in cycle "
                + cycle + ": its row was gone, though event " + lastAcked.get(words[1])
                + " had been acknowledged");
          }
          if (words[0].equals("progress")) {
            progressLines++;
            check(words[1], Integer.parseInt(words[2]), Long.parseLong(words[3]), lastAcked,
                cycle);
          } else if (words[0].equals("ack")) {
            lastAcked.merge(words[1], Integer.parseInt(words[2]), Math::max);
            acked++;
            acks++;
          }
        }
        if (last) {
          assertEquals(INSTANCES, progressLines, "the last JVM reported every instance");
        }
      }
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    try (Engine engine = Engine.builder().storeFile(store).build()) {
      for (int k = 0; k < INSTANCES; k++) {
        assertEquals((long) events * (events + 1) / 2,
            Resumer.on(engine).status(CrashDrillChild.id(k)).result(), CrashDrillChild.id(k));
      }
    }
    System.out.printf("crash drill: %d kill -9 cycles, %d instances, %d threads, %d events each,"
        + " %d acknowledged events, 0 lost, 0 applied twice, every result exact, %d ms%n",
        killed, INSTANCES, THREADS, events, acks, millis);
    assertTrue(killed >= cycles, "every cycle but the last was killed");
  }

  /**
   * A JVM reports {@code applied} events and their {@code total}: every acknowledged event must
   * be among them, and only the sum of events 1..applied, each once, is right.
   */
  private static void check(String id, int applied, long total, Map<String, Integer> lastAcked,
      int cycle) {
    int acked = lastAcked.getOrDefault(id, -1);
    assertTrue(applied >= acked + 1, id + ": event " + acked + " was acknowledged, but only "
        + applied + " are applied (lost), in cycle " + cycle);
    assertEquals((long) applied * (applied + 1) / 2, total, id + ": " + applied
        + " events should add up to " + (long) applied * (applied + 1) / 2 + " (one twice?)");
  }
}
