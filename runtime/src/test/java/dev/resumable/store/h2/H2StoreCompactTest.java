package dev.resumable.store.h2;

import static dev.resumable.store.h2.StoredInstances.assertSame;
import static dev.resumable.store.h2.StoredInstances.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.store.ChangeSet;
import dev.resumable.store.StoreException;
import dev.resumable.store.StoredInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compaction gives the space of deleted instances back, and keeps every instance still there. */
class H2StoreCompactTest {

  @TempDir Path dir;

  @Test
  void compactingShrinksTheFileAndKeepsWhatIsLeft() throws Exception {
    Path file = dir.resolve("compact.mv.db");
    String state = "x".repeat(2_000);
    StoredInstance kept = instance("kept", "WAITING", 1, "still here");
    try (H2Store store = H2Store.open(file)) {
      ChangeSet.Builder inserts = ChangeSet.builder().insert(kept);
      for (int i = 0; i < 3_000; i++) {
        inserts.insert(instance("done-" + i, "COMPLETED", 1, state + i));
      }
      store.commit(inserts.build());
      assertEquals(3_000, store.deleteFinished(Instant.now().plusSeconds(60), 10_000));
    }
    long before = Files.size(file);

    long after = H2Store.compact(file);

    assertEquals(Files.size(file), after);
    assertTrue(after < before / 2, before + " bytes before, " + after + " after");
    try (H2Store store = H2Store.open(file)) {
      assertSame(kept, store.load("kept").orElseThrow());
      assertTrue(store.load("done-1").isEmpty());
    }
  }

  @Test
  void reclaimingSpaceWhileOpenKeepsEveryInstance() {
    Path file = dir.resolve("reclaim");
    String state = "y".repeat(2_000);
    try (H2Store store = H2Store.open(file)) {
      for (int round = 0; round < 3; round++) {
        ChangeSet.Builder writes = ChangeSet.builder();
        for (int i = 0; i < 500; i++) {
          StoredInstance next = instance("i-" + i, "WAITING", round + 1, state + round);
          if (round == 0) {
            writes.insert(next);
          } else {
            writes.update(next, round);
          }
        }
        store.commit(writes.build());
        store.reclaimSpace();
      }
      assertSame(instance("i-499", "WAITING", 3, state + 2), store.load("i-499").orElseThrow());
    }
    try (H2Store store = H2Store.open(file)) {
      assertSame(instance("i-0", "WAITING", 3, state + 2), store.load("i-0").orElseThrow());
    }
    try (H2Store memory = H2Store.inMemory("reclaim")) {
      assertTrue(!memory.reclaimSpace());
    }
  }

  @Test
  void aFileThatIsOpenOrMissingIsRefused() {
    Path file = dir.resolve("open");
    try (H2Store store = H2Store.open(file)) {
      store.insert(instance("a", "WAITING", 1, "x"));
      StoreException open = assertThrows(StoreException.class, () -> H2Store.compact(file));
      assertTrue(open.getMessage().contains("is open in this process"), open.getMessage());
      assertSame(instance("a", "WAITING", 1, "x"), store.load("a").orElseThrow());
    }
    StoreException missing = assertThrows(StoreException.class,
        () -> H2Store.compact(dir.resolve("nothing-here")));
    assertTrue(missing.getMessage().contains("there is no store file"), missing.getMessage());
    assertTrue(Files.notExists(dir.resolve("nothing-here.mv.db")));
  }
}
