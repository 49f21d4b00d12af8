package dev.resumable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Status;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/** Assertions pass on what is stored, and fail with expected, actual and the suspended stack. */
class AssertionsTest {

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(Greeter.class, () -> new Greeter(1))
      .receiver(Sleepers.class, () -> new Sleepers(new ArrayList<>(), this.kit.clock()));

  private Resumer workflows() {
    return Resumer.on(kit.engine());
  }

  private static AssertionFailedError fails(Executable assertion) {
    return assertThrows(AssertionFailedError.class, assertion);
  }

  @Test
  void passingAssertionsChain() {
    workflows().startIntroduce("intro", "Ann");
    workflows().resume("intro", "title", "Dr");

    kit.assertThat("intro")
        .hasStatus(Status.WAITING)
        .isWaiting()
        .isWaitingForEvent("greeting")
        .isWaitingFor("event \"greeting\" (String)")
        .hasEmptyInbox();
    workflows().startRepeat("nap", "nap", Duration.ofHours(3), 1);
    kit.assertThat("nap").isWaitingForTimerUntil(kit.now().plus(Duration.ofHours(3)));
  }

  @Test
  void inboxHoldsEventsNothingWaitedFor() {
    workflows().startIntroduce("intro", "Bo");
    workflows().resume("intro", "greeting", "Hi");

    kit.assertThat("intro").isWaitingForEvent("title").hasInbox("greeting");
    var failure = fails(() -> kit.assertThat("intro").hasEmptyInbox());
    assertTrue(failure.getMessage().contains("inbox: [greeting]"), failure.getMessage());
  }

  @Test
  void failureMessageShowsTheSuspendedStackInnermostFirst() {
    workflows().startIntroduce("intro", "Cy");
    workflows().resume("intro", "title", "Prof");

    var failure = fails(() -> kit.assertThat("intro").isCompletedWith("this is Hi Prof Cy"));

    String[] lines = failure.getMessage().split("\n");
    assertEquals("instance \"intro\" should complete with \"this is Hi Prof Cy\", but it is intro"
        + " WAITING for event \"greeting\" (String)", lines[0]);
    assertEquals("intro WAITING for event \"greeting\" (String) since 2030-01-01T00:00:00Z",
        lines[1]);
    assertTrue(lines[2].startsWith("  at dev.resumable.testkit.Greeter.formally(Greeter.java:"),
        lines[2]);
    assertTrue(lines[2].endsWith("title=\"Prof\"  name=\"Cy\""), lines[2]);
    assertTrue(lines[3].startsWith("  at dev.resumable.testkit.Greeter.introduce(Greeter.java:"),
        lines[3]);
    assertEquals("this is Hi Prof Cy", failure.getExpected().getValue());
  }

  @Test
  void waitingForTheWrongThingShowsBothWaitsForADiff() {
    workflows().startGreet("g", "Di");

    var event = fails(() -> kit.assertThat("g").isWaitingForEvent("farewell"));
    assertEquals("event \"farewell\"", event.getExpected().getValue());
    assertEquals("event \"greeting\" (String)", event.getActual().getValue());
    assertTrue(event.getMessage().contains("at dev.resumable.testkit.Greeter.greet("),
        event.getMessage());

    var timer = fails(() -> kit.assertThat("g").isWaitingForTimerUntil(kit.now()));
    assertTrue(timer.getMessage().startsWith("instance \"g\" should wait for a timer until"
        + " 2030-01-01T00:00:00Z, but it is g WAITING for event \"greeting\""),
        timer.getMessage());
    fails(() -> kit.assertThat("g").hasStatus(Status.COMPLETED));
    fails(() -> kit.assertThat("g").hasInbox("greeting"));
  }

  @Test
  void completedWithAnotherValueShowsBothValues() {
    workflows().startGreet("g", "Ed");
    workflows().resume("g", "greeting", "Hi");

    var failure = fails(() -> kit.assertThat("g").isCompletedWith("Bye, Ed, from greeter 1"));

    assertEquals("Bye, Ed, from greeter 1", failure.getExpected().getValue());
    assertEquals("Hi, Ed, from greeter 1", failure.getActual().getValue());
    assertTrue(failure.getMessage().contains("result: \"Hi, Ed, from greeter 1\""),
        failure.getMessage());
    fails(() -> kit.assertThat("g").isWaiting());
  }

  @Test
  void failedInstanceShowsItsExceptionAndStack() {
    workflows().startParse("p");
    workflows().resume("p", "number", "twelve");

    kit.assertThat("p").hasFailed()
        .hasFailedWith(NumberFormatException.class)
        .hasFailedWith(NumberFormatException.class, "For input string: \"twelve\"");
    var wrongType = fails(() -> kit.assertThat("p").hasFailedWith(IllegalStateException.class));
    assertTrue(wrongType.getMessage().contains("failed with java.lang.NumberFormatException: For"
        + " input string: \"twelve\""), wrongType.getMessage());
    assertTrue(wrongType.getMessage().contains("at dev.resumable.testkit.Greeter.parse(Greeter"
        + ".java:"), wrongType.getMessage());
    var wrongMessage = fails(() -> kit.assertThat("p")
        .hasFailedWith(NumberFormatException.class, "twelve"));
    assertEquals("twelve", wrongMessage.getExpected().getValue());
  }

  @Test
  void unknownInstanceIsAnAssertionFailure() {
    var failure = fails(() -> kit.assertThat("nobody"));
    assertTrue(failure.getMessage().startsWith("no instance \"nobody\""), failure.getMessage());
  }
}
