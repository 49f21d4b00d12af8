package dev.resumable.store.h2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.store.StoredInstance;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A write that returned survives kill -9 of the process that made it. */
class H2StoreKillTest {

  private static final int ROUNDS = 3;
  private static final int ACKS_PER_ROUND = 300;

  @TempDir Path dir;

  // Only a guard against a hung child; nothing here depends on timing.
  @Test
  @Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES,
      threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyAcknowledgedUpdateSurvivesKill9() throws Exception {
    Path file = dir.resolve("kill.mv.db");
    long lastAcked = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      try (ChildJvm child = ChildJvm.start(UpdateLoopChild.class, file.toString())) {
        // Each round continues from the revision the previous one left in the file.
        for (int i = 0; i < ACKS_PER_ROUND; i++) {
          long acked = Long.parseLong(child.readLine().substring("ack ".length()));
          assertTrue(acked > lastAcked, "acks run backwards: " + acked + " after " + lastAcked);
          lastAcked = acked;
        }
        child.kill();
      }

      try (H2Store store = H2Store.open(file)) {
        long acked = lastAcked;
        StoredInstance stored = store.load(UpdateLoopChild.ID).orElseThrow(() ->
            new AssertionError("the instance is gone, but update " + acked + " was acknowledged"));
        assertTrue(stored.revision() >= lastAcked, "round " + round + ": update " + lastAcked
            + " was acknowledged, but the store has revision " + stored.revision());
        // The row is whole: its state is the one written with its revision.
        assertArrayEquals(UpdateLoopChild.instance(stored.revision()).state(), stored.state());
        lastAcked = stored.revision();
      }
    }
  }
}
