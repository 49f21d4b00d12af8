package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.testkit.WorkflowTestKit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Await.all: every event and the timer, in any order, with a restart at every step. */
class AllOfTest {

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(AllOfFlows.class, AllOfFlows::new)
      .startingAt(Instant.parse("2026-11-20T10:00:00Z"))
      .restartingAtEverySuspension();

  @Test
  void runsOnOnceEverythingHasArrivedInAnyOrder() {
    Resumer.on(kit.engine()).startApprovals("r", "hire");
    kit.assertThat("r").isWaitingFor("all of event \"legal\" (String), event \"budget\""
        + " (Integer), timer until 2026-11-21T10:00:00Z");
    Resumer.on(kit.engine()).resume("r", "budget", 40_000);
    kit.assertThat("r").isWaitingFor(
        "all of event \"legal\" (String), timer until 2026-11-21T10:00:00Z");
    assertEquals(1, kit.advance(Duration.ofDays(2)));
    kit.assertThat("r").isWaitingFor("all of event \"legal\" (String)");
    Resumer.on(kit.engine()).resume("r", "legal", "ok");
    kit.assertThat("r").isCompletedWith("hire: legal ok, budget 40000, waited null");
  }

  @Test
  void eventsThatArrivedEarlyCountAtOnce() {
    Resumer.on(kit.engine()).startApprovals("e", "buy");
    kit.advance(Duration.ofDays(1));
    Resumer.on(kit.engine()).resume("e", "legal", "fine");
    Resumer.on(kit.engine()).resume("e", "budget", 7);
    kit.assertThat("e").isCompletedWith("buy: legal fine, budget 7, waited null");
    assertEquals(List.of(), kit.status("e").inbox());
  }
}
