package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.UnexpectedEventException;
import dev.resumable.testkit.WorkflowTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Events sent by correlation key reach whichever instance waits on that key. */
class CorrelationKeyTest {

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(KeyedFlows.class, KeyedFlows::new)
      .restartingAtEverySuspension();

  @Test
  void signalReachesTheInstanceWaitingOnItsKey() {
    Resumer.on(kit.engine()).startAwaitDelivery("instance-a", "ORD-1");
    Resumer.on(kit.engine()).startAwaitDelivery("instance-b", "ORD-2");

    kit.engine().signal("delivered", "ORD-2", "signed by Bo");
    kit.assertThat("instance-b").isCompletedWith("ORD-2 signed by Bo");
    kit.assertThat("instance-a").isWaitingForEvent("delivered");

    kit.engine().signal("delivered", "ORD-1", "left at the door");
    kit.assertThat("instance-a").isCompletedWith("ORD-1 left at the door");
  }

  @Test
  void aKeyNobodyWaitsOnIsAClearErrorAndKeepsNothing() {
    Resumer.on(kit.engine()).startAwaitDelivery("instance-c", "ORD-3");
    var e = assertThrows(UnexpectedEventException.class,
        () -> kit.engine().signal("delivered", "ORD-9", "lost"));
    assertTrue(e.getMessage().contains("no instance waits for event \"delivered\" with key"
        + " \"ORD-9\""), e.getMessage());
    kit.engine().signal("delivered", "ORD-3", "ok");
    assertThrows(UnexpectedEventException.class,
        () -> kit.engine().signal("delivered", "ORD-3", "again"));
  }
}
