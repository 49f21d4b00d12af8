package dev.resumable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.DirectRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

/**
 * Restarting at every suspension: each step runs on new objects built from the store alone, so
 * state that does not survive persistence makes an ordinary test fail.
 */
class AutoRestartTest {

  private final List<Greeter> greeters = new ArrayList<>();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(Tally.class, Tally::new)
      .receiver(Greeter.class, () -> {
        Greeter greeter = new Greeter(greeters.size() + 1);
        greeters.add(greeter);
        return greeter;
      })
      .restartingAtEverySuspension();

  private Resumer workflows() {
    return Resumer.on(kit.engine());
  }

  @Test
  @SuppressWarnings("resumable") // runs the workflow as plain Java on purpose, to compare
  void aReceiverFieldWrittenBeforeAWaitIsLostAtTheRestart() throws Exception {
    int asPlainJava = DirectRun.script().event("next", "go").call(() -> new Tally().countVisits());
    assertEquals(2, asPlainJava);

    workflows().startCountVisits("tally");
    workflows().resume("tally", "next", "go");

    // The test a developer would write fails, and says why the result differs.
    var caught = assertThrows(AssertionFailedError.class,
        () -> kit.assertThat("tally").isCompletedWith(2));
    assertEquals(2, caught.getExpected().getValue());
    assertEquals(1, caught.getActual().getValue());
    kit.assertThat("tally").isCompletedWith(1);
  }

  @Test
  void theSameStepsWithoutAutoRestartKeepTheReceiverField() {
    try (WorkflowTestKit plain = WorkflowTestKit.create().receiver(Tally.class, Tally::new)) {
      Resumer.on(plain.engine()).startCountVisits("tally");
      Resumer.on(plain.engine()).resume("tally", "next", "go");

      plain.assertThat("tally").isCompletedWith(2);
    }
  }

  @Test
  void everyStepRunsOnAReceiverOfItsOwn() {
    workflows().startIntroduce("intro", "Ann");
    workflows().resume("intro", "title", "Dr");
    workflows().resume("intro", "greeting", "Welcome");

    kit.assertThat("intro").isCompletedWith("this is Welcome Dr Ann");
    assertEquals(3, greeters.size());
    assertEquals(2, kit.restarts());
  }

  @Test
  void readingBetweenStepsNeedsNoRestart() {
    workflows().startGreet("g", "Bo");
    kit.assertThat("g").isWaitingForEvent("greeting");
    kit.status("g");
    kit.inspect("g");

    assertEquals(0, kit.restarts());
    workflows().resume("g", "greeting", "Hi");
    assertEquals(1, kit.restarts());
    kit.assertThat("g").isCompletedWith("Hi, Bo, from greeter 2");
  }

  @Test
  void aResumerKeptForASecondStepIsRefusedAndChangesNothing() {
    Resumer kept = workflows();
    kept.startIntroduce("intro", "Cy");

    var refused = assertThrows(IllegalStateException.class,
        () -> kept.resume("intro", "title", "Prof"));

    assertTrue(refused.getMessage().contains("restarts at every suspension")
        && refused.getMessage().contains("Resumer.on(kit.engine())"), refused.getMessage());
    kit.assertThat("intro").isWaitingForEvent("title");
  }

  @Test
  void explicitRestartsStillWork() {
    workflows().startGreet("g", "Di");
    kit.restart();
    kit.restart();

    workflows().resume("g", "greeting", "Yo");

    kit.assertThat("g").isCompletedWith("Yo, Di, from greeter 3");
  }
}
