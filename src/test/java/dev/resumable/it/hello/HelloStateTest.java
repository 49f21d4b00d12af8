package dev.resumable.it.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.resumable.UpdateRejectedException;
import dev.resumable.it.hello.HelloSaga.Bank;
import dev.resumable.query.InstanceQuery;
import dev.resumable.testkit.WorkflowTestKit;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HelloQuery, HelloUpdate, HelloSaga, HelloSearchAttributes, HelloTypedSearchAttributes and
 * HelloSideEffect.
 */
class HelloStateTest {

  final Bank bank = new Bank();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(HelloQuery.class, HelloQuery::new)
      .receiver(HelloUpdate.class, HelloUpdate::new)
      .receiver(HelloSaga.class, () -> new HelloSaga(bank))
      .receiver(HelloSearchAttributes.class, HelloSearchAttributes::new)
      .receiver(HelloSideEffect.class, HelloSideEffect::new)
      .configure(builder -> builder.updateValidator("addGreeting", (id, greeting) -> {
        if (((String) greeting).isEmpty()) {
          throw new IllegalArgumentException("an empty greeting");
        }
      }))
      .restartingAtEverySuspension();

  private Resumer resumer() {
    return Resumer.on(kit.engine());
  }

  @Test
  void aQueryReadsTheGreetingWhileTheWorkflowRuns() {
    resumer().startGreetInTwoLanguages("query-1", "World");
    assertEquals(Optional.of("Hello World!"), resumer().exposedGreeting("query-1"));

    kit.advance(Duration.ofHours(1));

    assertEquals(Optional.of("Bye World!"), resumer().exposedGreeting("query-1"));
  }

  @Test
  void updatesAreValidatedAndAnswered() {
    resumer().startCollectGreetings("update-1");

    assertEquals(1, kit.engine().update("update-1", "addGreeting", "Hello", "u1", Integer.class));
    assertThrows(UpdateRejectedException.class,
        () -> kit.engine().update("update-1", "addGreeting", "", "u2", Integer.class));
    assertEquals(2, kit.engine().update("update-1", "addGreeting", "Bonjour", "u3",
        Integer.class));
    resumer().resume("update-1", "exit", true);

    kit.assertThat("update-1").isCompletedWith(List.of("Hello", "Bonjour"));
  }

  @Test
  void aFailedDepositCompensatesTheWithdrawal() {
    resumer().startTransfer("saga-1", "alice", "closed-bob", 100);

    kit.assertThat("saga-1").isCompletedWith("undone: account closed-bob is closed");
    assertEquals(List.of("withdraw 100 from alice", "refund 100 to alice"), bank.ledger);
  }

  @Test
  void theWorkflowIsFoundByItsTypedAttributes() {
    resumer().startShop("order-7", "ann", 7L);
    resumer().startShop("order-8", "bob", 8L);

    List<String> found = kit.engine().query(InstanceQuery.builder()
            .attribute("customer", "ann").attribute("express", true).build())
        .instances().stream().map(i -> i.id()).toList();

    assertEquals(List.of("order-7"), found);
    // A number attribute is kept by value: 42.50 and 42.5 are one number to a query.
    assertEquals(0, new BigDecimal("42.50").compareTo(
        (BigDecimal) kit.engine().attributes("order-8").get("total").value()));
  }

  @Test
  void aSideEffectKeepsItsValueAcrossRestarts() {
    resumer().startRequestWithStableId("side-1");
    String chosen = kit.engine().inspect("side-1").toString();
    kit.restart();

    Object requestId = resumer().resume("side-1", "continue", true).result();

    assertEquals(true, chosen.contains(requestId.toString()), chosen);
  }
}
