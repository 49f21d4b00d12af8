package dev.resumable.store.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.store.StoreException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A file that another live process has open. */
class H2StoreLockTest {

  @TempDir Path dir;

  // Only a guard against a hung child; nothing here depends on timing.
  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void openingAFileHeldByAnotherProcessSaysSo() throws Exception {
    Path file = dir.resolve("held.mv.db");
    try (ChildJvm child = ChildJvm.start(HoldOpenChild.class, file.toString())) {
      assertEquals("open", child.readLine());

      StoreException e = assertThrows(StoreException.class, () -> H2Store.open(file));
      assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());

      child.send("release");
      assertEquals("closed", child.readLine());
      assertEquals(0, child.waitForExit());
    }

    try (H2Store store = H2Store.open(file)) {
      store.insert(StoredInstances.instance("order-1", "WAITING", 1, "mine now"));
    }
  }
}
