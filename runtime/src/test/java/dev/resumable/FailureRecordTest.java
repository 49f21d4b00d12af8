package dev.resumable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.resumable.codec.StoredExceptions;
import org.junit.jupiter.api.Test;

/** A stored failure, as a failed branch's exception reaches the join that rethrows it. */
class FailureRecordTest {

  @Test
  void suppressedExceptionsAreStoredAndRethrownWithTheFailure() throws Exception {
    IllegalStateException thrown = new IllegalStateException("charge failed",
        new ArithmeticException("overflow"));
    thrown.addSuppressed(new IllegalArgumentException("rollback failed"));
    dev.resumable.proto.Failure record = dev.resumable.proto.Failure.parseFrom(
        Failure.toRecord(thrown).toByteArray());
    assertEquals(1, record.getSuppressedCount());

    Throwable restored = StoredExceptions.restore(record);
    assertSame(IllegalStateException.class, restored.getClass());
    assertEquals("charge failed", restored.getMessage());
    assertSame(ArithmeticException.class, restored.getCause().getClass());
    assertEquals(1, restored.getSuppressed().length);
    assertSame(IllegalArgumentException.class, restored.getSuppressed()[0].getClass());
    assertEquals("rollback failed", restored.getSuppressed()[0].getMessage());
  }

  @Test
  void anExceptionMetTwiceInAFailureIsRethrownAsOne() throws Exception {
    ArithmeticException shared = new ArithmeticException("overflow");
    IllegalStateException thrown = new IllegalStateException("charge failed", shared);
    thrown.addSuppressed(shared);
    IllegalArgumentException rollback = new IllegalArgumentException("rollback failed");
    rollback.addSuppressed(thrown);
    thrown.addSuppressed(rollback);
    dev.resumable.proto.Failure record = dev.resumable.proto.Failure.parseFrom(
        Failure.toRecord(thrown).toByteArray());
    assertEquals(2, record.getSuppressed(0).getSameAs(), "the cause, written second");

    Throwable restored = StoredExceptions.restore(record);
    assertSame(restored.getCause(), restored.getSuppressed()[0]);
    assertSame(restored, restored.getSuppressed()[1].getSuppressed()[0]);
    assertEquals("overflow", restored.getCause().getMessage());
  }

  @Test
  void aLongChainOfCausesIsStoredWhole() throws Exception {
    RuntimeException chain = new RuntimeException("0");
    for (int i = 1; i <= 20; i++) {
      chain = new RuntimeException(String.valueOf(i), chain);
    }
    Throwable restored = StoredExceptions.restore(dev.resumable.proto.Failure.parseFrom(
        Failure.toRecord(chain).toByteArray()));
    int depth = 0;
    for (Throwable t = restored; t != null; t = t.getCause()) {
      assertEquals(String.valueOf(20 - depth), t.getMessage());
      depth++;
    }
    assertEquals(21, depth);
  }

  @Test
  void aReferenceToAnExceptionNotYetWrittenIsRefused() {
    dev.resumable.proto.Failure damaged = dev.resumable.proto.Failure.newBuilder()
        .setType("java.lang.IllegalStateException")
        .setCause(dev.resumable.proto.Failure.newBuilder().setSameAs(2))
        .build();
    dev.resumable.codec.CodecException refused = org.junit.jupiter.api.Assertions.assertThrows(
        dev.resumable.codec.CodecException.class, () -> StoredExceptions.restore(damaged));
    assertEquals("a stored failure refers to exception 2, but only 1 come before it",
        refused.getMessage());
  }
}
