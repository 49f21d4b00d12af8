package dev.resumable.store.postgres;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.store.InstanceExistsException;
import dev.resumable.store.RevisionConflictException;
import dev.resumable.store.StoreException;
import dev.resumable.store.StoredInstance;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link dev.resumable.store.Store} contract, on a real PostgreSQL server. */
class PostgresStoreContractTest {

  private PostgresStore store;

  @BeforeEach
  void open() {
    store = PostgresStore.open(TestPostgres.freshSchemaUrl());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void insertedInstanceLoadsWithEqualBytes() {
    StoredInstance inserted = instance("order-1", "WAITING", 1, "state one");
    store.insert(inserted);

    StoredInstance loaded = store.load("order-1").orElseThrow();

    assertSame(inserted, loaded);
  }

  @Test
  void loadOfUnknownIdIsEmpty() {
    assertEquals(Optional.empty(), store.load("nobody"));
  }

  @Test
  void insertOfTakenIdThrowsAndLeavesStoredRowAlone() {
    StoredInstance first = instance("order-1", "WAITING", 1, "first");
    store.insert(first);

    InstanceExistsException e = assertThrows(InstanceExistsException.class,
        () -> store.insert(instance("order-1", "RUNNING", 1, "second")));

    assertTrue(e.getMessage().contains("order-1"), e.getMessage());
    assertSame(first, store.load("order-1").orElseThrow());
  }

  @Test
  void updateBasedOnStoredRevisionReplacesTheRow() {
    store.insert(instance("order-1", "WAITING", 1, "before"));
    StoredInstance next = new StoredInstance("order-1", "shop.refund", "DONE", 2,
        "after".getBytes(StandardCharsets.UTF_8));

    store.update(next, 1);

    assertSame(next, store.load("order-1").orElseThrow());
    store.update(instance("order-1", "DONE", 3, "again"), 2);
    assertEquals(3, store.load("order-1").orElseThrow().revision());
  }

  @Test
  void updateBasedOnStaleRevisionThrowsAndChangesNothing() {
    store.insert(instance("order-1", "WAITING", 1, "one"));
    StoredInstance current = instance("order-1", "WAITING", 2, "two");
    store.update(current, 1);

    RevisionConflictException e = assertThrows(RevisionConflictException.class,
        () -> store.update(instance("order-1", "DONE", 2, "stale"), 1));

    assertTrue(e.getMessage().contains("revision 2"), e.getMessage());
    assertSame(current, store.load("order-1").orElseThrow());
  }

  @Test
  void updateOfUnknownIdThrows() {
    RevisionConflictException e = assertThrows(RevisionConflictException.class,
        () -> store.update(instance("ghost", "DONE", 2, "x"), 1));

    assertTrue(e.getMessage().contains("no such instance"), e.getMessage());
    assertEquals(Optional.empty(), store.load("ghost"));
  }

  @Test
  void updateMustCarryTheNextRevision() {
    store.insert(instance("order-1", "WAITING", 1, "one"));

    assertThrows(IllegalArgumentException.class,
        () -> store.update(instance("order-1", "DONE", 5, "skip"), 1));
    assertEquals(1, store.load("order-1").orElseThrow().revision());
  }

  @Test
  void multiMegabyteStateRoundTrips() {
    byte[] big = new byte[8 * 1024 * 1024];
    new Random(42).nextBytes(big);
    store.insert(new StoredInstance("big", "m", "WAITING", 1, big));
    byte[] bigger = new byte[12 * 1024 * 1024];
    new Random(43).nextBytes(bigger);

    assertArrayEquals(big, store.load("big").orElseThrow().state());
    store.update(new StoredInstance("big", "m", "WAITING", 2, bigger), 1);
    assertArrayEquals(bigger, store.load("big").orElseThrow().state());
  }

  @Test
  void emptyStateRoundTrips() {
    store.insert(new StoredInstance("empty", "m", "NEW", 1, new byte[0]));

    assertArrayEquals(new byte[0], store.load("empty").orElseThrow().state());
  }

  @Test
  void closeIsIdempotentAndLaterCallsFailClearly() {
    store.close();
    assertDoesNotThrow(store::close);

    StoreException e = assertThrows(StoreException.class, () -> store.load("order-1"));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertThrows(StoreException.class,
        () -> store.insert(instance("order-1", "WAITING", 1, "late")));
  }

  static StoredInstance instance(String id, String status, long revision, String state) {
    return new StoredInstance(id, "shop.checkout", status, revision,
        state.getBytes(StandardCharsets.UTF_8));
  }

  /** Records compare arrays by identity, so compare field by field. */
  static void assertSame(StoredInstance expected, StoredInstance actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.method(), actual.method());
    assertEquals(expected.status(), actual.status());
    assertEquals(expected.revision(), actual.revision());
    assertArrayEquals(expected.state(), actual.state());
  }

  @Test
  void dueInstancesComeEarliestFirstAndOnlyWhenDue() {
    java.time.Instant noon = java.time.Instant.parse("2026-11-20T12:00:00Z");
    store.insert(new StoredInstance("late", "m", "WAITING", 1, new byte[] {1},
        noon.plusSeconds(60)));
    store.insert(new StoredInstance("early", "m", "WAITING", 1, new byte[] {1},
        noon.minusSeconds(60)));
    store.insert(new StoredInstance("exact", "m", "WAITING", 1, new byte[] {1}, noon));
    store.insert(new StoredInstance("none", "m", "WAITING", 1, new byte[] {1}));
    assertEquals(java.util.List.of("early", "exact"), store.due(noon, 10));
    assertEquals(java.util.Optional.of(noon.minusSeconds(60)), store.nextDue());
    assertEquals(java.util.List.of("early"), store.due(noon, 1));
    store.update(new StoredInstance("early", "m", "COMPLETED", 2, new byte[] {2}), 1);
    assertEquals(java.util.List.of("exact", "late"), store.due(noon.plusSeconds(60), 10));
  }
}
