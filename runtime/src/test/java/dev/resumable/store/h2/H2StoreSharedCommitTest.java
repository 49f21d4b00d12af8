package dev.resumable.store.h2;

import static dev.resumable.store.h2.GroupCommitFixture.failureOf;
import static dev.resumable.store.h2.StoredInstances.assertSame;
import static dev.resumable.store.h2.StoredInstances.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.store.StoreException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a batch shares: stores opened on one file commit together, closing one of them settles
 * its queued writes, and a failed force fails every write of its batch.
 */
// Only a guard against a hang; nothing here depends on timing.
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class H2StoreSharedCommitTest {

  @TempDir Path dir;
  private final GroupCommitFixture fixture = new GroupCommitFixture();

  @AfterEach
  void stopThreads() {
    fixture.close();
    ForceRecordingFilePath.failForces.set(false);
  }

  @Test
  void storesOnOneFileCommitTheirWritesInOneBatch() throws Exception {
    Path file = dir.resolve("shared");
    try (H2Store first = H2Store.open(file); H2Store second = H2Store.open(file)) {
      assertEquals(first.committer(), second.committer(), "one database, one committer");
      BatchGate gate = fixture.gate(first);

      List<Future<Void>> queued = fixture.queueBehindHeldLeader(gate,
          () -> first.insert(instance("lead", "WAITING", 1, "lead")),
          List.of(
              () -> first.insert(instance("from-first", "WAITING", 1, "one")),
              () -> second.insert(instance("from-second", "WAITING", 1, "two"))));

      for (Future<Void> write : queued) {
        assertNull(failureOf(write));
      }
      assertEquals(List.of(1, 2), gate.batchSizes());
    }

    try (H2Store reopened = H2Store.open(file)) {
      assertSame(instance("from-first", "WAITING", 1, "one"),
          reopened.load("from-first").orElseThrow());
      assertSame(instance("from-second", "WAITING", 1, "two"),
          reopened.load("from-second").orElseThrow());
    }
  }

  @Test
  void closingAStoreWhileItsWritesAreQueuedCommitsOrFailsThemAndSparesTheOtherStore()
      throws Exception {
    Path file = dir.resolve("closing");
    boolean[] committed = new boolean[2];
    try (H2Store staying = H2Store.open(file)) {
      H2Store closing = H2Store.open(file);
      BatchGate gate = fixture.gate(staying);
      Future<Void> leader = fixture.start(
          () -> staying.insert(instance("lead", "WAITING", 1, "lead")));
      gate.awaitLeader();
      gate.expectQueued(4);
      List<Future<Void>> queued = List.of(
          fixture.start(() -> closing.insert(instance("closing-1", "WAITING", 1, "c"))),
          fixture.start(() -> staying.insert(instance("staying-1", "WAITING", 1, "s"))),
          fixture.start(() -> closing.insert(instance("closing-2", "WAITING", 1, "c"))),
          fixture.start(() -> staying.insert(instance("staying-2", "WAITING", 1, "s"))));
      gate.awaitQueued();
      // close() waits while a batch holds the file; whether it closes before or after the next
      // batch, every queued write must settle.
      Future<Void> close = fixture.start(closing::close);
      gate.openForGood();
      leader.get();
      close.get();

      for (int i : List.of(0, 2)) {
        Throwable failure = failureOf(queued.get(i));
        committed[i / 2] = failure == null;
        if (failure != null) {
          assertInstanceOf(StoreException.class, failure);
          assertTrue(failure.getMessage().contains("is closed"), failure.getMessage());
        }
      }
      assertNull(failureOf(queued.get(1)));
      assertNull(failureOf(queued.get(3)));
    }

    try (H2Store reopened = H2Store.open(file)) {
      assertTrue(reopened.load("staying-1").isPresent());
      assertTrue(reopened.load("staying-2").isPresent());
      assertEquals(committed[0], reopened.load("closing-1").isPresent());
      assertEquals(committed[1], reopened.load("closing-2").isPresent());
    }
  }

  @Test
  void aFailedForceFailsEveryWriteOfItsBatch() throws Exception {
    ForceRecordingFilePath.register();
    try (H2Store store = H2Store.open(dir.resolve("failing"), ForceRecordingFilePath.PREFIX)) {
      BatchGate gate = fixture.gate(store);
      Future<Void> leader = fixture.start(
          () -> store.insert(instance("lead", "WAITING", 1, "lead")));
      gate.awaitLeader();
      gate.expectQueued(3);
      List<Future<Void>> queued = List.of(
          fixture.start(() -> store.insert(instance("a", "WAITING", 1, "a"))),
          fixture.start(() -> store.insert(instance("b", "WAITING", 1, "b"))),
          fixture.start(() -> store.insert(instance("c", "WAITING", 1, "c"))));
      gate.awaitQueued();
      gate.letOneBatchGo();
      assertNull(failureOf(leader), "the batch before the failing device commits");

      ForceRecordingFilePath.failForces.set(true);
      gate.awaitLeader();
      gate.letOneBatchGo();

      for (Future<Void> write : queued) {
        Throwable failure = failureOf(write);
        assertInstanceOf(StoreException.class, failure);
        assertTrue(failure.getMessage().contains("could not force to the device"),
            failure.getMessage());
      }
      assertEquals(List.of(1, 3), gate.batchSizes());
    }
  }
}
