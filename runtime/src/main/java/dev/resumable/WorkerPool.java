package dev.resumable;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** The threads that run {@code resumeAsync} calls, made on first use and stopped on close. */
final class WorkerPool {

  private final int threads;
  private final CallGate gate;
  private ExecutorService workers;

  WorkerPool(int threads, CallGate gate) {
    this.threads = threads;
    this.gate = gate;
  }

  <T> CompletableFuture<T> submit(Supplier<T> call) {
    return CompletableFuture.supplyAsync(call, workers());
  }

  private synchronized ExecutorService workers() {
    if (gate.isClosed()) {
      throw CallGate.closedEngine();
    }
    if (workers == null) {
      AtomicInteger count = new AtomicInteger();
      workers = Executors.newFixedThreadPool(threads, r -> {
        Thread thread = new Thread(r, "resumable-worker-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
    }
    return workers;
  }

  /** Queued calls are refused as they come up; running ones finish. */
  synchronized void stop() {
    workers = stopAndWait(workers);
  }

  /** Shuts {@code threads} down and waits up to a minute for what runs on them; null. */
  static <E extends ExecutorService> E stopAndWait(E threads) {
    if (threads != null) {
      threads.shutdown();
      try {
        threads.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return null;
  }
}
