package dev.resumable.store.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.store.InstanceExistsException;
import dev.resumable.store.RevisionConflictException;
import dev.resumable.store.Store;
import dev.resumable.store.StoreException;
import dev.resumable.store.StoredInstance;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Store} does, from one thread. A store module extends this class in its tests
 * and says how to open an empty store; the tests here then run against it.
 */
public abstract class StoreContract {

  /** The store under test, opened empty before each test and closed after it. */
  protected Store store;

  /** A new, empty store that no other test uses. */
  protected abstract Store newStore();

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void insertedInstanceLoadsWithEqualBytes() {
    StoredInstance inserted = instance("order-1", "WAITING", 1, "state one");
    store.insert(inserted);

    StoredInstance loaded = store.load("order-1").orElseThrow();

    assertSameInstance(inserted, loaded);
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
    assertSameInstance(first, store.load("order-1").orElseThrow());
  }

  @Test
  void updateBasedOnStoredRevisionReplacesTheRow() {
    store.insert(instance("order-1", "WAITING", 1, "before"));
    StoredInstance next = new StoredInstance("order-1", "shop.refund", "DONE", 2,
        "after".getBytes(StandardCharsets.UTF_8));

    store.update(next, 1);

    assertSameInstance(next, store.load("order-1").orElseThrow());
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
    assertSameInstance(current, store.load("order-1").orElseThrow());
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
  void dueAndWaitKeyRoundTrip() {
    Instant due = Instant.parse("2026-11-20T12:00:00.123456789Z");
    StoredInstance waiting = new StoredInstance("w", "m", "WAITING", 1, new byte[] {1}, due,
        "payment/order-7");
    store.insert(waiting);

    StoredInstance loaded = store.load("w").orElseThrow();

    assertEquals(due, loaded.due());
    assertEquals("payment/order-7", loaded.waitKey());
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

  @Test
  void dueInstancesComeEarliestFirstAndOnlyWhenDue() {
    Instant noon = Instant.parse("2026-11-20T12:00:00Z");
    store.insert(new StoredInstance("late", "m", "WAITING", 1, new byte[] {1},
        noon.plusSeconds(60)));
    store.insert(new StoredInstance("early", "m", "WAITING", 1, new byte[] {1},
        noon.minusSeconds(60)));
    store.insert(new StoredInstance("exact", "m", "WAITING", 1, new byte[] {1}, noon));
    store.insert(new StoredInstance("none", "m", "WAITING", 1, new byte[] {1}));
    assertEquals(List.of("early", "exact"), store.due(noon, 10));
    assertEquals(Optional.of(noon.minusSeconds(60)), store.nextDue());
    assertEquals(List.of("early"), store.due(noon, 1));
    store.update(new StoredInstance("early", "m", "COMPLETED", 2, new byte[] {2}), 1);
    assertEquals(List.of("exact", "late"), store.due(noon.plusSeconds(60), 10));
  }

  @Test
  void nextDueIsEmptyWhenNoInstanceWaitsForATimer() {
    store.insert(new StoredInstance("none", "m", "WAITING", 1, new byte[] {1}));

    assertEquals(Optional.empty(), store.nextDue());
    assertEquals(List.of(), store.due(Instant.parse("2999-01-01T00:00:00Z"), 10));
  }

  @Test
  void waitingForFindsExactlyTheInstancesWithThatKeyInIdOrder() {
    store.insert(new StoredInstance("b", "m", "WAITING", 1, new byte[] {1}, null, "pay/7"));
    store.insert(new StoredInstance("a", "m", "WAITING", 1, new byte[] {1}, null, "pay/7"));
    store.insert(new StoredInstance("c", "m", "WAITING", 1, new byte[] {1}, null, "pay/8"));

    assertEquals(List.of("a", "b"), store.waitingFor("pay/7"));
    assertEquals(List.of(), store.waitingFor("pay/9"));
    store.update(new StoredInstance("a", "m", "COMPLETED", 2, new byte[] {2}), 1);
    assertEquals(List.of("b"), store.waitingFor("pay/7"));
  }

  /** An instance of the method {@code shop.checkout} with {@code state} as its bytes. */
  protected static StoredInstance instance(String id, String status, long revision,
      String state) {
    return new StoredInstance(id, "shop.checkout", status, revision,
        state.getBytes(StandardCharsets.UTF_8));
  }

  /** Records compare arrays by identity, so compare field by field. */
  protected static void assertSameInstance(StoredInstance expected, StoredInstance actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.method(), actual.method());
    assertEquals(expected.status(), actual.status());
    assertEquals(expected.revision(), actual.revision());
    assertArrayEquals(expected.state(), actual.state());
    assertEquals(expected.due(), actual.due());
    assertEquals(expected.waitKey(), actual.waitKey());
  }
}
