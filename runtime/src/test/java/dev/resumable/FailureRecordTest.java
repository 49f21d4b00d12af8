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
}
