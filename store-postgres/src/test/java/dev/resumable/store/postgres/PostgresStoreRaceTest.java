package dev.resumable.store.postgres;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.store.ChangeSet;
import dev.resumable.store.RevisionConflictException;
import dev.resumable.store.StoredInstance;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two stores with pools of their own, as two engine processes have, update one instance from
 * the same revision at the same moment: in every trial exactly one update applies, and the
 * stored state is the winner's.
 */
class PostgresStoreRaceTest {

  private static final int TRIALS = Integer.getInteger("resumable.drill.storeRaces", 1_000);

  private final String url = TestPostgres.freshSchemaUrl();
  private final PostgresStore left = PostgresStore.open(url);
  private final PostgresStore right = PostgresStore.open(url);
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void close() {
    threads.shutdownNow();
    left.close();
    right.close();
  }

  @Test
  void ofTwoNodesUpdatingOneRevisionExactlyOneApplies() throws Exception {
    // One commit for all the instances: what is measured is the races, not the inserts.
    ChangeSet.Builder instances = ChangeSet.builder();
    for (int trial = 0; trial < TRIALS; trial++) {
      instances.insert(new StoredInstance("race-" + trial, "m", "WAITING", 1, bytes("start")));
    }
    left.commit(instances.build());
    CyclicBarrier together = new CyclicBarrier(2);
    int leftWins = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
      String id = "race-" + trial;

      Future<Boolean> leftApplied = threads.submit(() -> update(left, id, "left", together));
      Future<Boolean> rightApplied = threads.submit(() -> update(right, id, "right", together));
      boolean leftWon = leftApplied.get();
      boolean rightWon = rightApplied.get();

      assertEquals(1, (leftWon ? 1 : 0) + (rightWon ? 1 : 0), "trial " + trial);
      StoredInstance stored = right.load(id).orElseThrow();
      assertEquals(2, stored.revision(), "trial " + trial);
      assertArrayEquals(bytes(leftWon ? "left" : "right"), stored.state(), "trial " + trial);
      leftWins += leftWon ? 1 : 0;
    }
    System.out.println("store races: " + TRIALS + " trials, left won " + leftWins);
  }

  /** True if this store's update applied, false if it lost to the other one. */
  private static boolean update(PostgresStore store, String id, String state,
      CyclicBarrier together) throws Exception {
    together.await();
    try {
      store.update(new StoredInstance(id, "m", "RUNNING", 2, bytes(state)), 1);
      return true;
    } catch (RevisionConflictException e) {
      return false;
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
