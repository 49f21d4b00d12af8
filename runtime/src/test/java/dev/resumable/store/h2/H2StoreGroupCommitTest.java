package dev.resumable.store.h2;

import static dev.resumable.store.h2.GroupCommitFixture.failureOf;
import static dev.resumable.store.h2.StoredInstances.assertSame;
import static dev.resumable.store.h2.StoredInstances.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.store.InstanceExistsException;
import dev.resumable.store.RevisionConflictException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent writes share one transaction and one force to the device, yet each succeeds or
 * fails on its own. Batches are made deterministic by holding a leader at a {@link BatchGate}.
 */
// Only a guard against a hang; nothing here depends on timing.
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class H2StoreGroupCommitTest {

  @TempDir Path dir;
  private final GroupCommitFixture fixture = new GroupCommitFixture();

  @AfterEach
  void stopThreads() {
    fixture.close();
  }

  @Test
  void manyThreadsUpdatingTheirOwnInstancesAllLandDurably() throws Exception {
    Path file = dir.resolve("many");
    int writers = 16;
    int updatesEach = 30;
    try (H2Store store = H2Store.open(file)) {
      for (int i = 0; i < writers; i++) {
        store.insert(instance("own-" + i, "RUNNING", 1, "own-" + i + " at 1"));
      }
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Void>> done = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String id = "own-" + i;
        done.add(fixture.start(() -> {
          start.await();
          for (long revision = 2; revision <= 1 + updatesEach; revision++) {
            store.update(instance(id, "RUNNING", revision, id + " at " + revision), revision - 1);
          }
        }));
      }
      start.countDown();
      for (Future<Void> writer : done) {
        writer.get();
      }
    }

    try (H2Store reopened = H2Store.open(file)) {
      for (int i = 0; i < writers; i++) {
        String id = "own-" + i;
        long last = 1 + updatesEach;
        assertSame(instance(id, "RUNNING", last, id + " at " + last),
            reopened.load(id).orElseThrow());
      }
    }
  }

  @Test
  void writesQueuedBehindACommitShareOneForceAndReturnOnlyOnceForced() throws Exception {
    ForceRecordingFilePath.register();
    int writers = 8;
    try (H2Store store = H2Store.open(dir.resolve("forced"), ForceRecordingFilePath.PREFIX)) {
      for (int i = 0; i < writers; i++) {
        store.insert(instance("own-" + i, "WAITING", 1, "before"));
      }
      BatchGate gate = fixture.gate(store);
      List<Integer> told = new CopyOnWriteArrayList<>();
      store.onCommitBatch(told::add);
      long forcesBefore = ForceRecordingFilePath.forces.get();

      CountDownLatch leaderChecked = new CountDownLatch(1);
      Future<Void> leader = fixture.start(() -> {
        try {
          store.update(instance("own-0", "WAITING", 2, "after"), 1);
          assertNothingUnforced("the leader's update");
        } finally {
          leaderChecked.countDown();
        }
      });
      gate.awaitLeader();
      gate.expectQueued(writers - 1);
      List<Future<Void>> queued = new ArrayList<>();
      for (int i = 1; i < writers; i++) {
        String id = "own-" + i;
        queued.add(fixture.start(() -> {
          store.update(instance(id, "WAITING", 2, "after"), 1);
          assertNothingUnforced("the update of " + id);
        }));
      }
      gate.awaitQueued();
      gate.letOneBatchGo();
      // The next batch writes nothing before it passes the gate, so the leader's check above
      // sees only its own batch.
      leaderChecked.await();
      leader.get();
      gate.awaitLeader();
      gate.letOneBatchGo();
      for (Future<Void> write : queued) {
        write.get();
      }

      assertEquals(List.of(1, writers - 1), gate.batchSizes());
      assertEquals(List.of(1, writers - 1), told, "the sizes a listener is told");
      long forces = ForceRecordingFilePath.forces.get() - forcesBefore;
      assertTrue(forces >= 2 && forces < writers,
          writers + " writes in 2 batches caused " + forces + " forces");
      for (int i = 0; i < writers; i++) {
        assertEquals(2, store.load("own-" + i).orElseThrow().revision());
      }
    }
  }

  private static void assertNothingUnforced(String write) {
    assertEquals(0, ForceRecordingFilePath.unforcedWrites.get(),
        write + " returned with writes not forced to the device");
  }

  @Test
  void aConflictingUpdateInABatchFailsAloneAndTheRestCommit() throws Exception {
    Path file = dir.resolve("conflict");
    try (H2Store store = H2Store.open(file)) {
      for (String id : List.of("lead", "a", "b", "c", "moved")) {
        store.insert(instance(id, "WAITING", 1, id + " 1"));
      }
      store.update(instance("moved", "WAITING", 2, "moved on"), 1);
      BatchGate gate = fixture.gate(store);

      List<Future<Void>> queued = fixture.queueBehindHeldLeader(gate,
          () -> store.update(instance("lead", "WAITING", 2, "lead 2"), 1),
          List.of(
              () -> store.update(instance("a", "WAITING", 2, "a 2"), 1),
              () -> store.update(instance("moved", "WAITING", 2, "stale"), 1),
              () -> store.update(instance("b", "WAITING", 2, "b 2"), 1),
              () -> store.update(instance("c", "WAITING", 2, "c 2"), 1)));

      RevisionConflictException conflict =
          assertInstanceOf(RevisionConflictException.class, failureOf(queued.get(1)));
      assertTrue(conflict.getMessage().contains("\"moved\"")
          && conflict.getMessage().contains("revision 2"), conflict.getMessage());
      for (int other : List.of(0, 2, 3)) {
        assertNull(failureOf(queued.get(other)));
      }
      assertEquals(List.of(1, 4), gate.batchSizes());
    }

    try (H2Store reopened = H2Store.open(file)) {
      for (String id : List.of("lead", "a", "b", "c")) {
        assertSame(instance(id, "WAITING", 2, id + " 2"), reopened.load(id).orElseThrow());
      }
      assertSame(instance("moved", "WAITING", 2, "moved on"),
          reopened.load("moved").orElseThrow());
    }
  }

  @Test
  void aDuplicateInsertInABatchFailsAloneAndTheRestCommit() throws Exception {
    Path file = dir.resolve("duplicate");
    try (H2Store store = H2Store.open(file)) {
      store.insert(instance("taken", "WAITING", 1, "first"));
      BatchGate gate = fixture.gate(store);

      List<Future<Void>> queued = fixture.queueBehindHeldLeader(gate,
          () -> store.insert(instance("lead", "WAITING", 1, "lead")),
          List.of(
              () -> store.insert(instance("new-1", "WAITING", 1, "new")),
              () -> store.insert(instance("taken", "RUNNING", 1, "second")),
              () -> store.insert(instance("new-2", "WAITING", 1, "new"))));

      InstanceExistsException taken =
          assertInstanceOf(InstanceExistsException.class, failureOf(queued.get(1)));
      assertTrue(taken.getMessage().contains("\"taken\""), taken.getMessage());
      assertNull(failureOf(queued.get(0)));
      assertNull(failureOf(queued.get(2)));
      assertEquals(List.of(1, 3), gate.batchSizes());
    }

    try (H2Store reopened = H2Store.open(file)) {
      assertSame(instance("taken", "WAITING", 1, "first"), reopened.load("taken").orElseThrow());
      assertSame(instance("lead", "WAITING", 1, "lead"), reopened.load("lead").orElseThrow());
      assertSame(instance("new-1", "WAITING", 1, "new"), reopened.load("new-1").orElseThrow());
      assertSame(instance("new-2", "WAITING", 1, "new"), reopened.load("new-2").orElseThrow());
    }
  }

  @Test
  void twoUpdatesOfOneInstanceGoToSuccessiveBatchesAndTheSecondConflicts() throws Exception {
    try (H2Store store = H2Store.open(dir.resolve("same-id"))) {
      for (String id : List.of("lead", "x", "y")) {
        store.insert(instance(id, "WAITING", 1, id + " 1"));
      }
      BatchGate gate = fixture.gate(store);

      List<Future<Void>> queued = fixture.queueBehindHeldLeader(gate,
          () -> store.update(instance("lead", "WAITING", 2, "lead 2"), 1),
          List.of(
              () -> store.update(instance("x", "WAITING", 2, "x from one"), 1),
              () -> store.update(instance("x", "WAITING", 2, "x from other"), 1),
              () -> store.update(instance("y", "WAITING", 2, "y 2"), 1)));

      // Either update of x may have queued first; exactly one of them wins.
      Throwable one = failureOf(queued.get(0));
      Throwable other = failureOf(queued.get(1));
      assertTrue(one == null ^ other == null, "one update of x wins: " + one + ", " + other);
      RevisionConflictException conflict = assertInstanceOf(RevisionConflictException.class,
          one == null ? other : one);
      // The loser's check saw the winner's committed revision.
      assertTrue(conflict.getMessage().contains("\"x\"")
          && conflict.getMessage().contains("revision 2"), conflict.getMessage());
      assertNull(failureOf(queued.get(2)));
      assertEquals(List.of(1, 2, 1), gate.batchSizes());
      String winner = one == null ? "x from one" : "x from other";
      assertSame(instance("x", "WAITING", 2, winner), store.load("x").orElseThrow());
    }
  }
}
