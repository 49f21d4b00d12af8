package dev.resumable.store.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.store.StoredInstance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a batch writes, nothing else writes the file: a read beside a batch must not make H2
 * write the batch's unfinished transaction (GroupCommitter says what a kill did to such a write).
 */
class WritesUnderFileLockTest {

  private static final int ROWS = 64;
  private static final int WRITERS = 16;
  private static final int UPDATES_PER_WRITER = 100;

  @TempDir Path dir;

  @Test
  void noReadWritesWhileABatchDoes() throws Exception {
    WriteWatchingFilePath.register();
    ConcurrentLinkedQueue<String> outside = new ConcurrentLinkedQueue<>();
    ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
    try (H2Store store = H2Store.open(dir.resolve("watched"), WriteWatchingFilePath.PREFIX)) {
      for (int r = 0; r < ROWS; r++) {
        store.insert(new StoredInstance(id(r), "m", "WAITING", 0, new byte[300]));
      }
      GroupCommitter committer = store.committer();
      WriteWatchingFilePath.watcher = () -> {
        if (committer.batchWriting() && !committer.holdsFileForWriting()) {
          outside.add(Thread.currentThread().getName());
        }
      };
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int first = w;
        writers.add(threads.submit(() -> {
          for (int u = 0; u < UPDATES_PER_WRITER; u++) {
            // Each writer owns its rows, so every compare-and-set succeeds; each load is a read
            // beside the batches of the others.
            String id = id(first + WRITERS * (u % (ROWS / WRITERS)));
            long revision = store.load(id).orElseThrow().revision();
            store.update(new StoredInstance(id, "m", "WAITING", revision + 1,
                new byte[300 + u]), revision);
          }
          return null;
        }));
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
      assertEquals(List.of(), List.copyOf(outside),
          "threads that wrote the file while a batch held it");
      for (int w = 0; w < WRITERS; w++) {
        long total = 0;
        for (int r = w; r < ROWS; r += WRITERS) {
          total += store.load(id(r)).orElseThrow().revision();
        }
        assertEquals(UPDATES_PER_WRITER, total, "updates of writer " + w);
      }
    } finally {
      WriteWatchingFilePath.watcher = () -> {};
      threads.shutdownNow();
    }
  }

  private static String id(int row) {
    return "row-" + row;
  }
}
