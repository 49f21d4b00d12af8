package dev.resumable.store.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.store.StoredInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill keeps every write that completed, so the file a kill leaves is the file after some
 * prefix of H2's writes. Each generation opens the file the last one left, updates rows on 16
 * threads while every write is logged, and then rebuilds the file as a kill after each write of
 * the open and after sampled later ones would have left it: opened as the next process would,
 * it must hold every update acknowledged before that write. The next generation starts from one
 * of those files. {@code resumable.drill.killedWriteGenerations} sets the number of generations
 * (2 here, 40 under {@code -Pdrills}).
 */
class KillAtEveryWriteTest {

  private static final int ROWS = 128;
  private static final int THREADS = 16;
  private static final int UPDATES = 300;
  private static final int SAMPLED = 10;

  record Ack(int row, long revision, int writes) {}

  @TempDir Path dir;

  @Test
  void everyAcknowledgedUpdateSurvivesAKillAtAnyWrite() throws Exception {
    int generations = Integer.getInteger("resumable.drill.killedWriteGenerations", 2);
    String seedProperty = System.getProperty("resumable.drill.seed", "1");
    long seed = seedProperty.equals("random") ? System.nanoTime() : Long.parseLong(seedProperty);
    Random random = new Random(seed);
    WriteLogFilePath.register();
    byte[] file = new byte[0];
    long[] acknowledged = new long[ROWS];
    Arrays.fill(acknowledged, -1);
    int kills = 0;
    for (int generation = 0; generation < generations; generation++) {
      Path running = dir.resolve("generation-" + generation + H2Store.FILE_SUFFIX);
      if (file.length > 0) {
        Files.write(running, file);
      }
      WriteLogFilePath.start();
      List<Ack> acks = new ArrayList<>();
      List<WriteLogFilePath.Write> writes;
      int opening;
      try (H2Store store = H2Store.open(running, WriteLogFilePath.PREFIX)) {
        opening = WriteLogFilePath.count();
        acks.addAll(insertMissing(store));
        acks.addAll(updateConcurrently(store, random.nextLong()));
        writes = WriteLogFilePath.stop();
      }
      List<Integer> killedAfter = new ArrayList<>();
      for (int k = 0; k <= Math.min(writes.size(), opening + 2); k++) {
        killedAfter.add(k);
      }
      for (int s = 0; s < SAMPLED; s++) {
        killedAfter.add(random.nextInt(writes.size() + 1));
      }
      for (int k : killedAfter) {
        long[] expected = acknowledgedAfter(acknowledged, acks, k);
        long[] seen = reopen(rebuild(file, writes, k));
        assertEquals(describe(expected), describe(atMost(seen, expected)),
            "after a kill at write " + k + " of " + writes.size() + " in generation " + generation
                + " (the open made " + opening + "; seed " + seed + "): each row's acknowledged"
                + " revision");
        kills++;
      }
      int next = random.nextInt(writes.size() + 1);
      acknowledged = acknowledgedAfter(acknowledged, acks, next);
      file = rebuild(file, writes, next);
    }
    System.out.printf("kill at every write: %d generations, %d kills checked, 0 lost, seed %d%n",
        generations, kills, seed);
  }

  private static List<Ack> insertMissing(H2Store store) {
    List<Ack> acks = new ArrayList<>();
    for (int r = 0; r < ROWS; r++) {
      if (store.load(id(r)).isEmpty()) {
        store.insert(new StoredInstance(id(r), "m", "WAITING", 0, new byte[300]));
        acks.add(new Ack(r, 0, WriteLogFilePath.count()));
      }
    }
    return acks;
  }

  /** Each thread loads and updates rows of its own, as resumes do. */
  private static List<Ack> updateConcurrently(H2Store store, long seed) throws Exception {
    ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
    AtomicInteger left = new AtomicInteger(UPDATES);
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = t;
        Random random = new Random(seed + t);
        done.add(threads.submit(() -> {
          while (left.decrementAndGet() >= 0) {
            int row = first + THREADS * random.nextInt(ROWS / THREADS);
            long revision = store.load(id(row)).orElseThrow().revision();
            byte[] state = new byte[200 + random.nextInt(400)];
            random.nextBytes(state);
            store.update(new StoredInstance(id(row), "m", "WAITING", revision + 1, state),
                revision);
            // Every write logged by now happened before the update returned.
            acks.add(new Ack(row, revision + 1, WriteLogFilePath.count()));
          }
          return null;
        }));
      }
      for (Future<?> thread : done) {
        thread.get();
      }
    } finally {
      threads.shutdownNow();
    }
    return List.copyOf(acks);
  }

  /** Per row, the highest revision acknowledged by the time {@code writes} writes were made. */
  private static long[] acknowledgedAfter(long[] before, List<Ack> acks, int writes) {
    long[] expected = before.clone();
    for (Ack ack : acks) {
      if (ack.writes() <= writes) {
        expected[ack.row()] = Math.max(expected[ack.row()], ack.revision());
      }
    }
    return expected;
  }

  private static byte[] rebuild(byte[] file, List<WriteLogFilePath.Write> writes, int count) {
    byte[] rebuilt = file;
    for (WriteLogFilePath.Write write : writes.subList(0, count)) {
      rebuilt = write.applyTo(rebuilt == file ? file.clone() : rebuilt);
    }
    return rebuilt;
  }

  /** Each row's revision in {@code file} once a store has opened it; -1 for a missing row. */
  private long[] reopen(byte[] file) throws Exception {
    Path killed = dir.resolve("killed" + H2Store.FILE_SUFFIX);
    Files.deleteIfExists(killed);
    Files.write(killed, file);
    long[] revisions = new long[ROWS];
    try (H2Store store = H2Store.open(killed)) {
      for (int r = 0; r < ROWS; r++) {
        revisions[r] = store.load(id(r)).map(StoredInstance::revision).orElse(-1L);
      }
    }
    return revisions;
  }

  /**
   * {@code seen}, each revision above the expected one lowered to it: an update that was written
   * but not yet acknowledged may survive, so only a revision below the expected one is a loss.
   */
  private static long[] atMost(long[] seen, long[] expected) {
    long[] lowered = new long[seen.length];
    for (int r = 0; r < seen.length; r++) {
      lowered[r] = Math.min(seen[r], expected[r]);
    }
    return lowered;
  }

  private static String describe(long[] revisions) {
    return Arrays.stream(revisions).mapToObj(Long::toString).collect(Collectors.joining(" "));
  }

  private static String id(int row) {
    return "row-" + row;
  }
}
