package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.InstanceStateException;
import dev.resumable.NoSuchInstanceException;
import dev.resumable.Status;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.store.StoredInstance;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting ended instances, one by one and by retention: what waits, and what has ended but is
 * still to be settled with its parent or branches, is never deleted.
 */
class RetentionTest {

  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

  @TempDir
  Path dir;

  private final SettableClock clock = new SettableClock(START);
  private final RetryFlows.Release release = new RetryFlows.Release();

  private Engine engine(Duration retention) {
    Engine.Builder builder = Engine.builder().storeFile(dir.resolve("store")).clock(clock)
        .receiver(RetryFlows.class, new RetryFlows(release));
    return (retention == null ? builder : builder.retention(retention)).build();
  }

  @Test
  void deletesAnEndedInstanceAndRefusesOneThatWaits() {
    try (Engine engine = engine(null)) {
      Resumer flows = Resumer.on(engine);
      flows.startFailAtOnce("failed", "1");
      flows.startCheckout("waiting", "2");
      long revision = engine.store().load("waiting").orElseThrow().revision();

      engine.delete("failed");

      assertTrue(engine.store().load("failed").isEmpty());
      assertThrows(NoSuchInstanceException.class, () -> engine.status("failed"));
      InstanceStateException refused = assertThrows(InstanceStateException.class,
          () -> engine.delete("waiting"));
      assertTrue(refused.getMessage().contains("is WAITING; only an instance that has ended"),
          refused.getMessage());
      assertEquals(revision, engine.store().load("waiting").orElseThrow().revision());
      assertThrows(NoSuchInstanceException.class, () -> engine.delete("failed"));
    }
  }

  @Test
  void anEndedInstanceStillToBeSettledIsNeitherDeletedNorSweptAway() {
    try (Engine engine = engine(Duration.ofDays(1))) {
      // An ended branch whose parent has not been told yet: what a crash right after its last
      // step leaves, due so that the timer sweep finishes settling it.
      InstanceRecord branch = InstanceRecord.newBuilder().setId("p/1")
          .setEntryMethod("dev.resumable.it.RetryFlows#failAtOnce(java.lang.String)")
          .setStatus(dev.resumable.proto.Status.FAILED).setRevision(1).setParentId("p")
          .setSettlementPending(true).setCreatedAtEpochMillis(START.toEpochMilli())
          .setUpdatedAtEpochMillis(START.toEpochMilli()).build();
      engine.store().insert(new StoredInstance("p/1", branch.getEntryMethod(), "FAILED", 1,
          branch.toByteArray(), START));
      clock.set(START.plus(Duration.ofDays(30)));

      InstanceStateException refused = assertThrows(InstanceStateException.class,
          () -> engine.delete("p/1"));
      assertTrue(refused.getMessage().contains("has yet to settle it"), refused.getMessage());
      assertEquals(0, engine.deleteExpired());
      assertTrue(engine.store().load("p/1").isPresent());
    }
  }

  @Test
  void retentionDeletesInBatchesWhatEndedLongerAgoThanItKeeps() {
    try (Engine engine = engine(Duration.ofDays(7))) {
      Resumer flows = Resumer.on(engine);
      for (int i = 0; i < 1_050; i++) {
        flows.startFailAtOnce("old-" + i, "o" + i);
      }
      flows.startCheckout("cancelled", "c");
      flows.cancel("cancelled");
      flows.startCheckout("waiting", "w");
      clock.set(START.plus(Duration.ofDays(6)));
      flows.startFailAtOnce("recent", "r");

      assertEquals(0, engine.deleteExpired());
      clock.set(START.plus(Duration.ofDays(7)).plusMillis(1));
      assertEquals(1_051, engine.deleteExpired());

      assertTrue(engine.store().load("old-0").isEmpty());
      assertTrue(engine.store().load("old-1049").isEmpty());
      assertTrue(engine.store().load("cancelled").isEmpty());
      assertEquals(Status.WAITING, engine.status("waiting").status());
      assertEquals(Status.FAILED, engine.status("recent").status());
      assertEquals(0, engine.deleteExpired());
    }
  }

  @Test
  void withoutRetentionNothingIsDeletedByItself() {
    try (Engine engine = engine(null)) {
      Resumer.on(engine).startFailAtOnce("kept", "k");
      clock.set(START.plus(Duration.ofDays(3650)));
      assertEquals(0, engine.deleteExpired());
      assertTrue(engine.store().load("kept").isPresent());
    }
    assertThrows(IllegalArgumentException.class, () -> Engine.builder().retention(Duration.ZERO));
  }
}
