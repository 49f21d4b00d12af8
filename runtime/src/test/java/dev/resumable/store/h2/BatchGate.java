package dev.resumable.store.h2;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/**
 * Stops each batch's leader at the start of its commit, holding the file, until the test lets
 * that batch go; meanwhile other writes queue up. Makes batching deterministic without timing.
 */
final class BatchGate implements GroupCommitter.Observer {

  private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
  private final Semaphore arrived = new Semaphore(0);
  private final Semaphore passes = new Semaphore(0);
  private volatile int awaitedQueueLength = -1;
  private volatile CountDownLatch queueReached = new CountDownLatch(1);

  static BatchGate on(H2Store store) {
    BatchGate gate = new BatchGate();
    store.committer().observe(gate);
    return gate;
  }

  @Override
  public void queued(int queued) {
    if (queued == awaitedQueueLength) {
      queueReached.countDown();
    }
  }

  @Override
  public void committing(int size) {
    batchSizes.add(size);
    arrived.release();
    try {
      passes.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while held at the gate", e);
    }
  }

  /** Call before the writes are started; {@link #awaitQueued()} then waits for them. */
  void expectQueued(int writes) {
    queueReached = new CountDownLatch(1);
    awaitedQueueLength = writes;
  }

  /** Waits until the expected number of writes wait behind the held leader. */
  void awaitQueued() throws InterruptedException {
    queueReached.await();
  }

  /** Waits until a leader stands at the gate. */
  void awaitLeader() throws InterruptedException {
    arrived.acquire();
  }

  void letOneBatchGo() {
    passes.release();
  }

  /** Lets every batch pass, now and later. */
  void openForGood() {
    passes.release(Integer.MAX_VALUE / 2);
  }

  /** Sizes of the batches that reached the gate, in order. */
  List<Integer> batchSizes() {
    return List.copyOf(batchSizes);
  }
}
