package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Status;
import dev.resumable.Workflow;
import dev.resumable.query.AttributeValue;
import dev.resumable.query.InstanceCounts;
import dev.resumable.query.InstanceInfo;
import dev.resumable.query.InstanceQuery;
import dev.resumable.testkit.WorkflowTestKit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Workflows set search attributes with their steps; the engine finds instances by them. */
class QueryApiTest {

  private static final Instant START = Instant.parse("2030-03-01T10:00:00Z");

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(OpsFlows.class, OpsFlows::new)
      .startingAt(START);

  private Resumer orders() {
    return Resumer.on(kit.engine());
  }

  private List<String> ids(InstanceQuery.Builder query) {
    return kit.engine().query(query.build()).instances().stream().map(InstanceInfo::id).toList();
  }

  private void threeOrders() {
    orders().startOrder("o1", "42", 100);
    kit.advance(Duration.ofMinutes(1));
    orders().startOrder("o2", "7", 250);
    orders().startOrder("o3", "42", 30);
    orders().resume("o2", "payment", "ok");
    orders().resume("o3", "payment", "declined");
  }

  @Test
  void instancesAreFoundByTheAttributesTheirStepsSet() {
    threeOrders();

    assertEquals(List.of("o1", "o3"), ids(InstanceQuery.builder().attribute("customerId", "42")));
    assertEquals(List.of("o2"), ids(InstanceQuery.builder().attribute("total", 250)));
    assertEquals(List.of("o2", "o3"), ids(InstanceQuery.builder().attribute("paid", true)));
    assertEquals(Map.of("customerId", AttributeValue.of("42"), "total", AttributeValue.of(30),
        "paid", AttributeValue.of(true)), kit.engine().attributes("o3"));
  }

  @Test
  void instancesAreFoundByStatusWaitTimerAndFailure() {
    threeOrders();

    assertEquals(List.of("o1"), ids(InstanceQuery.builder().waitingForEvent("payment")));
    assertEquals(List.of("o2"),
        ids(InstanceQuery.builder().dueBefore(START.plus(Duration.ofDays(2)))));
    assertEquals(List.of("o3"),
        ids(InstanceQuery.builder().failureType(IllegalStateException.class.getName())));
    assertEquals(List.of("o2", "o3"), ids(InstanceQuery.builder()
        .startedAtOrAfter(START.plus(Duration.ofMinutes(1)))));
    InstanceInfo failed = kit.engine().query(InstanceQuery.builder().status(Status.FAILED)
        .build()).instances().get(0);
    assertEquals("o3", failed.id());
    assertEquals(START.plus(Duration.ofMinutes(1)), failed.changedAt());
    assertEquals(List.of(), failed.waitingFor());
  }

  @Test
  void countsAreByStatusAndMethod() {
    threeOrders();

    InstanceCounts counts = kit.engine().count(InstanceQuery.all());

    assertEquals(Map.of(Status.WAITING, 2L, Status.FAILED, 1L), counts.byStatus());
    assertEquals(1, counts.byMethod().size());
    assertTrue(counts.byMethod().keySet().iterator().next().contains("order"),
        counts.toString());
  }

  @Test
  void theIndexFollowsTheInstanceAcrossRestartsAndTimers() {
    threeOrders();
    kit.restart();

    kit.advance(Duration.ofDays(1));

    assertEquals(List.of("o2"), ids(InstanceQuery.builder().status(Status.COMPLETED)));
    assertEquals(List.of(), ids(InstanceQuery.builder().dueBefore(START.plus(Duration.ofDays(9)))));
    assertEquals(List.of("o2", "o3"), ids(InstanceQuery.builder().attribute("paid", true)));
  }

  @Test
  void anAttributeOutsideAStepIsRefusedSayingWhere() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Workflow.attribute("customerId", "42"));

    assertTrue(e.getMessage().contains("outside a workflow step"), e.getMessage());
  }

  @Test
  void aBadAttributeNameFailsTheStepAndCommitsNothingOfIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InstanceQuery.builder().attribute("9lives", "x"));

    assertTrue(e.getMessage().contains("starts with a letter"), e.getMessage());
  }
}
