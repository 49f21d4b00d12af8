package dev.resumable.store.h2;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Threads for group-commit tests, and a way to queue writes behind a leader held at a gate. */
final class GroupCommitFixture implements AutoCloseable {

  /** A store call made on a thread of its own. */
  @FunctionalInterface
  interface Write {
    void run() throws Exception;
  }

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<BatchGate> gates = new ArrayList<>();

  /** Holds every batch of {@code store}'s file at the gate until the test lets it go. */
  BatchGate gate(H2Store store) {
    BatchGate gate = BatchGate.on(store);
    gates.add(gate);
    return gate;
  }

  Future<Void> start(Write write) {
    return threads.submit(() -> {
      write.run();
      return null;
    });
  }

  /**
   * Starts {@code lead} and holds its batch at {@code gate}; then starts {@code behind}, waits
   * until all of them are queued, and lets every batch go. Returns once {@code lead} is done,
   * with the outcomes of {@code behind} in order.
   */
  List<Future<Void>> queueBehindHeldLeader(BatchGate gate, Write lead, List<Write> behind)
      throws Exception {
    Future<Void> leader = start(lead);
    gate.awaitLeader();
    gate.expectQueued(behind.size());
    List<Future<Void>> queued = behind.stream().map(this::start).toList();
    gate.awaitQueued();
    gate.openForGood();
    leader.get();
    return queued;
  }

  /** What the write threw, or null if it returned. */
  static Throwable failureOf(Future<Void> write) throws InterruptedException {
    try {
      write.get();
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }

  @Override
  public void close() {
    // Held leaders must not outlive a failed test.
    gates.forEach(BatchGate::openForGood);
    threads.shutdownNow();
  }
}
