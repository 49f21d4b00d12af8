package dev.resumable.store.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.store.ChangeSet;
import dev.resumable.store.InstanceExistsException;
import dev.resumable.store.RevisionConflictException;
import dev.resumable.store.StoreException;
import dev.resumable.store.StoredInstance;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.resumable.store.Store} does with instances, from one thread: loads, inserts, updates, change
 * sets committed at once, and the indexes. A store module extends this class in its tests and
 * says how to open an empty store; the tests here then run against it.
 */
public abstract class StoreContract extends StoreTest {

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
  void aChangeSetCommitsItsInsertsAndUpdatesTogether() {
    store.insert(instance("parent", "WAITING", 1, "before"));

    store.commit(ChangeSet.builder()
        .insert(instance("parent/1", "WAITING", 1, "branch"))
        .update(instance("parent", "WAITING", 2, "after"), 1)
        .build());

    assertEquals(2, store.load("parent").orElseThrow().revision());
    assertSameInstance(instance("parent/1", "WAITING", 1, "branch"),
        store.load("parent/1").orElseThrow());
  }

  @Test
  void aChangeSetWithAStaleUpdateWritesNothingAtAll() {
    store.insert(instance("parent", "WAITING", 1, "before"));
    store.update(instance("parent", "WAITING", 2, "moved on"), 1);

    assertThrows(RevisionConflictException.class, () -> store.commit(ChangeSet.builder()
        .insert(instance("parent/1", "WAITING", 1, "branch"))
        .update(instance("parent", "WAITING", 2, "stale"), 1)
        .build()));

    assertEquals(Optional.empty(), store.load("parent/1"));
    assertSameInstance(instance("parent", "WAITING", 2, "moved on"),
        store.load("parent").orElseThrow());
  }

  @Test
  void aChangeSetWithATakenIdWritesNothingAtAll() {
    store.insert(instance("other", "WAITING", 1, "other"));
    store.insert(instance("taken", "WAITING", 1, "first"));

    assertThrows(InstanceExistsException.class, () -> store.commit(ChangeSet.builder()
        .insert(instance("new/1", "WAITING", 1, "branch"))
        .insert(instance("taken", "WAITING", 1, "second"))
        .update(instance("other", "WAITING", 2, "changed"), 1)
        .build()));

    assertEquals(Optional.empty(), store.load("new/1"));
    assertSameInstance(instance("taken", "WAITING", 1, "first"),
        store.load("taken").orElseThrow());
    assertEquals(1, store.load("other").orElseThrow().revision());
  }

  @Test
  void nextDueIsTheEarliestTimer() {
    Instant noon = Instant.parse("2026-11-20T12:00:00Z");
    store.insert(new StoredInstance("late", "m", "WAITING", 1, new byte[] {1},
        noon.plusSeconds(60)));
    store.insert(new StoredInstance("early", "m", "WAITING", 1, new byte[] {1},
        noon.minusSeconds(60)));

    assertEquals(Optional.of(noon.minusSeconds(60)), store.nextDue());
    store.update(new StoredInstance("early", "m", "COMPLETED", 2, new byte[] {2}), 1);
    assertEquals(Optional.of(noon.plusSeconds(60)), store.nextDue());
  }

  @Test
  void nextDueIsEmptyWhenNoInstanceWaitsForATimer() {
    store.insert(new StoredInstance("none", "m", "WAITING", 1, new byte[] {1}));

    assertEquals(Optional.empty(), store.nextDue());
    assertEquals(List.of(), store.claimDue(Instant.parse("2999-01-01T00:00:00Z"), 10, "node-a",
        Duration.ofMinutes(1)));
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
}
