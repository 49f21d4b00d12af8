package dev.resumable.store.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Status;
import dev.resumable.query.InstanceQuery;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The main filters of the query API are answered by an index, not by reading every row: the
 * database's own plan, on a store filled as one in use is ({@link TypicalInstances}) and with
 * fresh statistics, names the index.
 */
public abstract class QueryPlanContract extends StoreTest {

  private static final Instant START = TypicalInstances.START;

  /** The database's plan for the page query of {@code query}. */
  protected abstract String plan(InstanceQuery query);

  /** Brings the database's statistics up to date, as its maintenance would. */
  protected abstract void analyze();

  @BeforeEach
  void fill() {
    TypicalInstances.insert(store, 2000);
    analyze();
  }

  private void assertUses(String index, InstanceQuery.Builder query) {
    String plan = plan(query.build()).toLowerCase(Locale.ROOT);
    assertTrue(plan.contains(index), "not by " + index + ":\n" + plan);
  }

  @Test
  void eachMainFilterHasItsIndex() {
    assertUses("resumable_instance_status", InstanceQuery.builder().status(Status.FAILED));
    assertUses("resumable_instance_method", InstanceQuery.builder().method("shop.method7"));
    assertUses("resumable_instance_due",
        InstanceQuery.builder().dueBefore(START.plusSeconds(200)));
    assertUses("resumable_instance_failure",
        InstanceQuery.builder().failureType("java.lang.IllegalStateException"));
    assertUses("resumable_instance_parent", InstanceQuery.builder().parentId("parent-3"));
    assertUses("resumable_instance_started",
        InstanceQuery.builder().startedAtOrAfter(START.plusSeconds(1990)));
    assertUses("resumable_instance_changed",
        InstanceQuery.builder().changedBefore(START.plusSeconds(20)));
    assertUses("resumable_wait_event_name", InstanceQuery.builder().waitingForEvent("event-10"));
    assertUses("resumable_attribute_string",
        InstanceQuery.builder().attribute("customerId", "customer-42"));
    assertUses("resumable_attribute_number", InstanceQuery.builder().attribute("total", 42));
  }

  @Test
  void pagesInAnOrderAreReadFromItsIndex() {
    assertUses("resumable_instance_started", InstanceQuery.builder()
        .order(InstanceQuery.Order.STARTED, true).limit(10));
    assertUses("resumable_instance_due", InstanceQuery.builder()
        .order(InstanceQuery.Order.DUE, false).limit(10));
  }
}
