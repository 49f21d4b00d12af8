package dev.resumable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// The example of the README's "Testing your workflows"; keep the two the same.
class TrialTest {
  final List<String> mails = new ArrayList<>();        // outlives restarts, like a mail server

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(Trials.class, () -> new Trials(mails::add));

  Resumer trials() {
    return Resumer.on(kit.engine());                   // the current engine, for every call
  }

  @Test
  void remindsTwoDaysAfterConfirmation() {
    trials().startTrial("t-1", "ann@example.com");
    trials().resume("t-1", "confirmed", "pro");
    kit.assertThat("t-1").isWaitingForTimerUntil(kit.now().plus(Duration.ofDays(2)));

    kit.advance(Duration.ofDays(2));                   // fires the timer at once, no sleeping
    kit.restart();                                     // a new engine, as in a new JVM
    kit.assertThat("t-1").isCompletedWith("reminded ann@example.com");
    assertEquals(List.of("ann@example.com: your pro trial ends tomorrow"), mails);
  }
}
