package dev.resumable.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Status;
import dev.resumable.query.AttributeValue;
import dev.resumable.query.InstanceCounts;
import dev.resumable.query.InstanceInfo;
import dev.resumable.query.InstancePage;
import dev.resumable.query.InstanceQuery;
import dev.resumable.query.InstanceQuery.Order;
import dev.resumable.store.InstanceIndex;
import dev.resumable.store.StoredInstance;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link dev.resumable.store.Store} answers to the query API: each condition alone
 * and together, every order a page at a time in both directions, counts by status and method,
 * and the side rows (waited events, search attributes) kept in step with their instance.
 */
public abstract class StoreQueryContract extends StoreTest {

  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

  /** An instance that started at {@code T0 + started} seconds and last changed at {@code +changed}. */
  private static StoredInstance indexed(String id, String method, String status, Instant due,
      int started, int changed, List<String> waits, String failure, String parent,
      Map<String, AttributeValue> attributes) {
    return new StoredInstance(id, method, status, 1, new byte[] {1}, due, null,
        new InstanceIndex(T0.plusSeconds(started), T0.plusSeconds(changed), waits, failure,
            parent, attributes));
  }

  private void insertSample() {
    store.insert(indexed("a", "shop.checkout", "WAITING", null, 1, 10, List.of("payment"), null,
        null, Map.of("customerId", AttributeValue.of("42"), "total", AttributeValue.of(
            new BigDecimal("19.90")))));
    store.insert(indexed("b", "shop.checkout", "WAITING", T0.plusSeconds(100), 2, 20, List.of(),
        null, null, Map.of("customerId", AttributeValue.of("7"), "vip", AttributeValue.of(true))));
    store.insert(indexed("c", "shop.refund", "FAILED", null, 3, 30, List.of(),
        "java.lang.IllegalStateException", null, Map.of("customerId", AttributeValue.of("42"))));
    store.insert(indexed("d", "shop.checkout", "COMPLETED", null, 4, 40, List.of(), null, null,
        Map.of("placedAt", AttributeValue.of(T0.plusSeconds(5)))));
    store.insert(indexed("a/1", "shop.ship", "WAITING", T0.plusSeconds(50), 5, 50,
        List.of("packed", "cancel"), null, "a", Map.of()));
  }

  private List<String> ids(InstanceQuery.Builder query) {
    return store.query(query.build()).instances().stream().map(InstanceInfo::id).toList();
  }

  @Test
  void everyConditionFindsWhatItNames() {
    insertSample();
    InstanceQuery.Builder any = InstanceQuery.builder();

    assertEquals(List.of("a", "a/1", "b", "c", "d"), ids(any));
    assertEquals(List.of("a", "a/1", "b"), ids(InstanceQuery.builder().status(Status.WAITING)));
    assertEquals(List.of("c", "d"),
        ids(InstanceQuery.builder().status(Status.FAILED, Status.COMPLETED)));
    assertEquals(List.of("a", "b", "d"), ids(InstanceQuery.builder().method("shop.checkout")));
    assertEquals(List.of("a"), ids(InstanceQuery.builder().waitingForEvent("payment")));
    assertEquals(List.of("a/1"), ids(InstanceQuery.builder().waitingForEvent("cancel")));
    assertEquals(List.of("a/1"), ids(InstanceQuery.builder().dueBefore(T0.plusSeconds(100))));
    assertEquals(List.of("b"), ids(InstanceQuery.builder().dueAtOrAfter(T0.plusSeconds(100))));
    assertEquals(List.of("c"),
        ids(InstanceQuery.builder().failureType("java.lang.IllegalStateException")));
    assertEquals(List.of("a/1"), ids(InstanceQuery.builder().parentId("a")));
    assertEquals(List.of("b", "c"), ids(InstanceQuery.builder()
        .startedAtOrAfter(T0.plusSeconds(2)).startedBefore(T0.plusSeconds(4))));
    assertEquals(List.of("a/1", "d"),
        ids(InstanceQuery.builder().changedAtOrAfter(T0.plusSeconds(40))));
    assertEquals(List.of("a"), ids(InstanceQuery.builder().changedBefore(T0.plusSeconds(20))));
  }

  @Test
  void searchAttributesMatchByTypeAndValue() {
    insertSample();

    assertEquals(List.of("a", "c"), ids(InstanceQuery.builder().attribute("customerId", "42")));
    assertEquals(List.of("a"), ids(InstanceQuery.builder().attribute("customerId", "42")
        .status(Status.WAITING)));
    assertEquals(List.of("a"), ids(InstanceQuery.builder()
        .attribute("total", AttributeValue.of(new BigDecimal("19.9")))));
    assertEquals(List.of("b"), ids(InstanceQuery.builder().attribute("vip", true)));
    assertEquals(List.of(), ids(InstanceQuery.builder().attribute("vip", false)));
    assertEquals(List.of("d"), ids(InstanceQuery.builder().attribute("placedAt",
        T0.plusSeconds(5))));
    // A number is not the string of its digits.
    assertEquals(List.of(), ids(InstanceQuery.builder().attribute("customerId", 42)));
    assertEquals(Map.of("customerId", AttributeValue.of("7"), "vip", AttributeValue.of(true)),
        store.attributes("b"));
    assertEquals(Map.of(), store.attributes("a/1"));
  }

  @Test
  void aPageKnowsTheInstancesOfItsRow() {
    insertSample();

    InstanceInfo child = store.query(InstanceQuery.builder().parentId("a").build())
        .instances().get(0);

    assertEquals("shop.ship", child.method());
    assertEquals(Status.WAITING, child.status());
    assertEquals(1, child.revision());
    assertEquals(T0.plusSeconds(5), child.startedAt());
    assertEquals(T0.plusSeconds(50), child.changedAt());
    assertEquals(T0.plusSeconds(50), child.due());
    assertEquals(List.of("cancel", "packed"), child.waitingFor());
    assertEquals("a", child.parentId());
  }

  @Test
  void everyOrderPagesThroughAllInstancesInBothDirections() {
    insertSample();
    // Two instances that tie on every time: their ids decide.
    store.insert(indexed("e", "m", "WAITING", T0.plusSeconds(100), 2, 20, List.of(), null, null,
        Map.of()));

    assertEquals(List.of("a", "a/1", "b", "c", "d", "e"), allPages(Order.ID, false));
    assertEquals(List.of("e", "d", "c", "b", "a/1", "a"), allPages(Order.ID, true));
    assertEquals(List.of("a", "b", "e", "c", "d", "a/1"), allPages(Order.STARTED, false));
    assertEquals(List.of("a/1", "d", "c", "e", "b", "a"), allPages(Order.STARTED, true));
    assertEquals(List.of("a", "b", "e", "c", "d", "a/1"), allPages(Order.CHANGED, false));
    assertEquals(List.of("a/1", "b", "e"), allPages(Order.DUE, false));
    assertEquals(List.of("e", "b", "a/1"), allPages(Order.DUE, true));
  }

  /** Every instance, two a page, following the cursors. */
  private List<String> allPages(Order order, boolean descending) {
    InstanceQuery query = InstanceQuery.builder().order(order, descending).limit(2).build();
    List<String> ids = new ArrayList<>();
    for (int pages = 0; pages < 10; pages++) {
      InstancePage page = store.query(query);
      assertTrue(page.instances().size() <= 2);
      page.instances().forEach(i -> ids.add(i.id()));
      if (!page.hasMore()) {
        return ids;
      }
      query = query.next(page);
    }
    throw new AssertionError("more than 10 pages: " + ids);
  }

  @Test
  void aFullLastPageSaysNoMoreFollow() {
    insertSample();

    InstancePage page = store.query(InstanceQuery.builder().limit(5).build());

    assertEquals(5, page.instances().size());
    assertFalse(page.hasMore());
  }

  @Test
  void countsAreByStatusAndMethod() {
    insertSample();

    InstanceCounts all = store.count(InstanceQuery.all());
    InstanceCounts ofCustomer = store.count(InstanceQuery.builder()
        .attribute("customerId", "42").build());

    assertEquals(5, all.total());
    assertEquals(Map.of(Status.WAITING, 3L, Status.FAILED, 1L, Status.COMPLETED, 1L),
        all.byStatus());
    assertEquals(Map.of("shop.checkout", 3L, "shop.refund", 1L, "shop.ship", 1L),
        all.byMethod());
    assertEquals(List.of(new InstanceCounts.Count(Status.WAITING, "shop.checkout", 2),
        new InstanceCounts.Count(Status.WAITING, "shop.ship", 1),
        new InstanceCounts.Count(Status.COMPLETED, "shop.checkout", 1),
        new InstanceCounts.Count(Status.FAILED, "shop.refund", 1)), all.counts());
    assertEquals(2, ofCustomer.total());
  }

  @Test
  void anUpdateReplacesTheWaitedEventsAndKeepsAttributesItDoesNotSet() {
    insertSample();

    store.update(new StoredInstance("a", "shop.checkout", "WAITING", 2, new byte[] {2}, null,
        null, new InstanceIndex(T0, T0.plusSeconds(60), List.of("shipped"), null, null,
            Map.of("total", AttributeValue.of(5)))), 1);

    assertEquals(List.of(), ids(InstanceQuery.builder().waitingForEvent("payment")));
    assertEquals(List.of("a"), ids(InstanceQuery.builder().waitingForEvent("shipped")));
    assertEquals(Map.of("customerId", AttributeValue.of("42"), "total", AttributeValue.of(5)),
        store.attributes("a"));
    // The start stays as inserted; the change is the update's.
    InstanceInfo a = store.query(InstanceQuery.builder().method("shop.checkout").limit(1)
        .build()).instances().get(0);
    assertEquals(T0.plusSeconds(1), a.startedAt());
    assertEquals(T0.plusSeconds(60), a.changedAt());
  }

  @Test
  void deletingAnInstanceDeletesItsSideRows() {
    insertSample();

    store.delete("a");
    store.insert(indexed("a", "other", "WAITING", null, 1, 1, List.of(), null, null, Map.of()));

    assertEquals(Map.of(), store.attributes("a"));
    assertEquals(List.of(), ids(InstanceQuery.builder().waitingForEvent("payment")));
    assertEquals(List.of("c"), ids(InstanceQuery.builder().attribute("customerId", "42")));
  }

  @Test
  void anInstanceWrittenWithoutAnIndexIsFoundByTheStoreClock() {
    Instant before = Instant.now().minusSeconds(60);
    store.insert(instance("plain", "WAITING", 1, "x"));

    InstanceInfo plain = store.query(InstanceQuery.all()).instances().get(0);

    assertTrue(plain.startedAt().isAfter(before), plain.startedAt() + " is not about now");
    assertEquals(List.of(), plain.waitingFor());
    assertEquals(null, plain.failureType());
  }

  @Test
  void aStatusThisBuildDoesNotKnowIsListedAsUnreadable() {
    store.insert(instance("odd", "FROM_THE_FUTURE", 1, "x"));

    assertEquals(Status.UNREADABLE,
        store.query(InstanceQuery.all()).instances().get(0).status());
  }
}
