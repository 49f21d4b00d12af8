package dev.resumable.store.contract;

import dev.resumable.proto.EventWait;
import dev.resumable.proto.Failure;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.Status;
import dev.resumable.proto.WaitCondition;
import java.time.Instant;

/**
 * Records as a store written before the query API holds them, for upgrade tests: a failed
 * instance, a branch of it that waits for an event, and a row whose state is not a record.
 */
public final class OldRecords {

  public static final Instant STARTED = Instant.parse("2030-01-01T08:00:00Z");
  public static final Instant CHANGED = Instant.parse("2030-01-01T09:00:00Z");

  private OldRecords() {}

  public static byte[] failed() {
    return InstanceRecord.newBuilder().setId("old-failed").setEntryMethod("shop.checkout")
        .setStatus(Status.FAILED).setRevision(3)
        .setCreatedAtEpochMillis(STARTED.toEpochMilli())
        .setUpdatedAtEpochMillis(CHANGED.toEpochMilli())
        .setFailure(Failure.newBuilder().setType("java.lang.IllegalStateException")
            .setMessage("out of stock"))
        .build().toByteArray();
  }

  public static byte[] waitingBranch() {
    return InstanceRecord.newBuilder().setId("old-failed/1").setEntryMethod("shop.ship")
        .setStatus(Status.WAITING).setRevision(1).setParentId("old-failed")
        .setCreatedAtEpochMillis(STARTED.toEpochMilli())
        .setUpdatedAtEpochMillis(STARTED.toEpochMilli())
        .setWait(WaitCondition.newBuilder().setEvent(EventWait.newBuilder().setName("packed")))
        .build().toByteArray();
  }

  /** Not a record at all: the upgrade leaves it as it is. */
  public static byte[] garbage() {
    return new byte[] {(byte) 0xff, (byte) 0xff, 0x07};
  }
}
