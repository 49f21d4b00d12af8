package dev.resumable.store.h2;

import static dev.resumable.store.h2.StoredInstances.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A returned write is forced to the device, not only handed to the OS: what kill -9 cannot
 * show, since the OS keeps unforced data of a killed process.
 */
class H2StoreForceTest {

  @TempDir Path dir;

  @Test
  void everyInsertAndUpdateIsForcedBeforeItReturns() {
    ForceRecordingFilePath.register();
    try (H2Store store = H2Store.open(dir.resolve("forced"), ForceRecordingFilePath.PREFIX)) {
      assertAllWritesForced("open");

      store.insert(instance("order-1", "WAITING", 1, "v1"));
      assertAllWritesForced("insert");

      for (long revision = 2; revision <= 20; revision++) {
        store.update(instance("order-1", "WAITING", revision, "v" + revision), revision - 1);
        assertAllWritesForced("update to revision " + revision);
      }
    }
  }

  private static long writesSeen;

  private static void assertAllWritesForced(String operation) {
    long writes = ForceRecordingFilePath.writes.get();
    assertTrue(writes > writesSeen, operation + " wrote nothing: the check would prove nothing");
    writesSeen = writes;
    assertEquals(0, ForceRecordingFilePath.unforcedWrites.get(),
        operation + " returned with writes not forced to the device");
  }
}
