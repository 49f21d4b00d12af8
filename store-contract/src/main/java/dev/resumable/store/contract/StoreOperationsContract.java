package dev.resumable.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.store.InstanceSummary;
import dev.resumable.store.StoredInstance;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.resumable.store.Store} offers for operating it: listing by status a page
 * at a time, deleting an instance, and deleting finished instances written before a time.
 */
public abstract class StoreOperationsContract extends StoreTest {

  @Test
  void listingPagesThroughInstancesInIdOrder() {
    for (String id : List.of("c", "a", "e", "b", "d")) {
      store.insert(instance(id, "WAITING", 1, id));
    }

    List<InstanceSummary> first = store.list(null, null, 2);
    List<InstanceSummary> second = store.list(null, first.get(1).id(), 2);
    List<InstanceSummary> last = store.list(null, second.get(1).id(), 2);

    assertEquals(List.of("a", "b"), ids(first));
    assertEquals(List.of("c", "d"), ids(second));
    assertEquals(List.of("e"), ids(last));
    assertEquals("shop.checkout", first.get(0).method());
    assertEquals(1, first.get(0).revision());
  }

  @Test
  void listingByStatusShowsOnlyThatStatus() {
    store.insert(instance("a", "WAITING", 1, "a"));
    store.insert(instance("b", "COMPLETED", 1, "b"));
    store.insert(instance("c", "WAITING", 1, "c"));
    store.insert(new StoredInstance("d", "m", "WAITING", 1, new byte[0],
        Instant.parse("2026-11-20T12:00:00Z")));

    List<InstanceSummary> waiting = store.list("WAITING", null, 10);

    assertEquals(List.of("a", "c", "d"), ids(waiting));
    assertEquals(Instant.parse("2026-11-20T12:00:00Z"), waiting.get(2).due());
    assertEquals(List.of("b"), ids(store.list("COMPLETED", null, 10)));
    assertEquals(List.of(), ids(store.list("FAILED", null, 10)));
  }

  @Test
  void deleteRemovesOneInstanceAndSaysWhetherThereWasOne() {
    store.insert(instance("a", "WAITING", 1, "a"));
    store.insert(instance("b", "WAITING", 1, "b"));

    assertTrue(store.delete("a"));
    assertFalse(store.delete("a"));

    assertEquals(Optional.empty(), store.load("a"));
    assertTrue(store.load("b").isPresent());
  }

  @Test
  void retentionDeletesOnlyFinishedSettledInstancesWrittenBeforeTheCutoff() {
    store.insert(instance("done", "COMPLETED", 1, "x"));
    store.insert(instance("failed", "FAILED", 1, "x"));
    store.insert(instance("cancelled", "CANCELLED", 1, "x"));
    store.insert(instance("waiting", "WAITING", 1, "x"));
    // Ended but not settled: due, so that a sweep tells its parent.
    store.insert(new StoredInstance("unsettled", "m", "COMPLETED", 1, new byte[0],
        Instant.parse("2026-11-20T12:00:00Z")));
    Instant later = Instant.now().plus(1, ChronoUnit.HOURS);

    assertEquals(0, store.deleteFinished(Instant.now().minus(1, ChronoUnit.HOURS), 10));
    assertEquals(2, store.deleteFinished(later, 2));
    assertEquals(1, store.deleteFinished(later, 2));
    assertEquals(0, store.deleteFinished(later, 2));

    assertEquals(List.of("unsettled", "waiting"), ids(store.list(null, null, 10)));
  }

  @Test
  void theWriteTimeOfAListedInstanceIsWhenItWasLastWritten() {
    Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
    store.insert(instance("a", "WAITING", 1, "a"));

    Instant written = store.list(null, null, 1).get(0).writtenAt();

    assertTrue(written.isAfter(before) && written.isBefore(before.plus(1, ChronoUnit.HOURS)),
        written + " is not about now");
  }

  private static List<String> ids(List<InstanceSummary> page) {
    return page.stream().map(InstanceSummary::id).toList();
  }
}
