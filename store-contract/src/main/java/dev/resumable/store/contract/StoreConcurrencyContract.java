package dev.resumable.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.store.RevisionConflictException;
import dev.resumable.store.StoredInstance;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.resumable.store.Store} does when several threads use it at once: compare-and-set decides,
 * nothing is counted twice or lost. A store module extends this class in its tests.
 */
public abstract class StoreConcurrencyContract extends StoreTest {

  private static final int THREADS = 4;
  private static final int UPDATES_PER_THREAD = 40;

  private ExecutorService threads;

  @BeforeEach
  void startThreads() {
    threads = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void racingIncrementsOfOneInstanceAreEachCountedOnce() throws Exception {
    store.insert(counter("shared", 1, 0));
    Set<Long> revisionsWritten = ConcurrentHashMap.newKeySet();
    AtomicInteger conflicts = new AtomicInteger();

    runTogether(thread -> {
      for (int done = 0; done < UPDATES_PER_THREAD; ) {
        StoredInstance seen = store.load("shared").orElseThrow();
        long next = seen.revision() + 1;
        try {
          store.update(counter("shared", next, countIn(seen) + 1), seen.revision());
          revisionsWritten.add(next);
          done++;
        } catch (RevisionConflictException e) {
          conflicts.incrementAndGet();
        }
      }
    });

    int total = THREADS * UPDATES_PER_THREAD;
    StoredInstance last = store.load("shared").orElseThrow();
    assertEquals(total, countIn(last));
    assertEquals(1 + total, last.revision());
    // Each success wrote its own revision: no two threads both won from the same one.
    assertEquals(total, revisionsWritten.size(), "after " + conflicts + " conflicts");
  }

  @Test
  void writersOfDifferentInstancesDoNotInterfere() throws Exception {
    for (int i = 0; i < THREADS; i++) {
      store.insert(counter("own-" + i, 1, 0));
    }

    runTogether(thread -> {
      String id = "own-" + thread;
      for (long revision = 1; revision <= UPDATES_PER_THREAD; revision++) {
        StoredInstance seen = store.load(id).orElseThrow();
        assertEquals(revision, seen.revision());
        store.update(counter(id, revision + 1, countIn(seen) + 1), revision);
      }
    });

    for (int i = 0; i < THREADS; i++) {
      StoredInstance last = store.load("own-" + i).orElseThrow();
      assertEquals(UPDATES_PER_THREAD + 1, last.revision());
      assertEquals(UPDATES_PER_THREAD, countIn(last));
    }
  }

  /** One thread's part of a race; {@code thread} numbers it from 0. */
  protected interface ThreadBody {
    void run(int thread) throws Exception;
  }

  /** Starts {@value #THREADS} threads at once and rethrows the first failure. */
  protected void runTogether(ThreadBody body) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Void>> results = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      int thread = i;
      Callable<Void> task = () -> {
        start.await();
        body.run(thread);
        return null;
      };
      results.add(threads.submit(task));
    }
    start.countDown();
    for (Future<Void> result : results) {
      result.get();
    }
  }

  private static StoredInstance counter(String id, long revision, long count) {
    return new StoredInstance(id, "test.count", "RUNNING", revision,
        ByteBuffer.allocate(Long.BYTES).putLong(count).array());
  }

  private static long countIn(StoredInstance instance) {
    return ByteBuffer.wrap(instance.state()).getLong();
  }
}
