package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Outcome;
import dev.resumable.UnexpectedEventException;
import dev.resumable.testkit.WorkflowTestKit;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Await.first: an event or a timeout, whichever comes first, across restarts. */
class FirstOfTest {

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(FirstOfFlows.class, FirstOfFlows::new)
      .startingAt(Instant.parse("2026-11-20T10:00:00Z"));

  private void start(String id) {
    Outcome<?> waiting = Resumer.on(kit.engine()).startPayOrTimeout(id, Duration.ofHours(48));
    assertEquals("first of event \"payment\" (Integer), event \"cancel\" (String),"
        + " timeout at 2026-11-22T10:00:00Z", waiting.waitingFor());
    kit.restart();
  }

  @Test
  void eventBeforeTheTimeout() {
    start("o1");
    assertEquals(0, kit.advance(Duration.ofHours(47)));
    assertEquals("paid 120", Resumer.on(kit.engine()).resume("o1", "payment", 120).result());
  }

  @Test
  void timeoutBeforeTheEvent() {
    start("o2");
    assertEquals(1, kit.advance(Duration.ofHours(48)));
    kit.assertThat("o2").isCompletedWith("timed out");
  }

  @Test
  void aTimeoutAlreadyDueFiresWithoutWaiting() {
    Resumer.on(kit.engine()).startPayOrTimeout("o3", Duration.ZERO);
    kit.assertThat("o3").isCompletedWith("timed out");
  }

  @Test
  void theOtherEventWinsToo() {
    start("o4");
    assertEquals("cancelled: changed my mind",
        Resumer.on(kit.engine()).resume("o4", "cancel", "changed my mind").result());
  }

  @Test
  void wrongPayloadChangesNothing() {
    start("o5");
    byte[] before = kit.engine().store().load("o5").orElseThrow().state();
    var e = assertThrows(UnexpectedEventException.class,
        () -> Resumer.on(kit.engine()).resume("o5", "payment", "a lot"));
    assertTrue(e.getMessage().contains("java.lang.Integer"), e.getMessage());
    assertArrayEquals(before, kit.engine().store().load("o5").orElseThrow().state());
  }
}
