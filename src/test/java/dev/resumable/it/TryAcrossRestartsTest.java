package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.Outcome;
import dev.resumable.Status;
import dev.resumable.testkit.WorkflowTestKit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** try, catch and finally compute what plain Java computes, with a restart at every wait. */
// Runs each workflow as plain Java too, on purpose, to compare.
@SuppressWarnings("resumable")
class TryAcrossRestartsTest {

  @RegisterExtension
  final WorkflowTestKit kit = Restarts.kit();

  private Restarts restarts() {
    return new Restarts(kit);
  }


  @Test
  void catchAfterWait() throws Exception {
    assertEquals("try,caught For input string: \"x\"", restarts().event("number", "x")
        .assertSameAsPlainJava(() -> new TryFlows().catchAfterWait(),
        r -> r.startCatchAfterWait("instance")));
    assertEquals("try,parsed 4", restarts().event("number", "4").assertSameAsPlainJava(
        () -> new TryFlows().catchAfterWait(), r -> r.startCatchAfterWait("instance")));
  }

  @Test
  void multiCatchPicksTheFirstMatchingClause() throws Exception {
    for (int which = 0; which < 3; which++) {
      int w = which;
      restarts().event("go", "!").assertSameAsPlainJava(() -> new TryFlows().multiCatch(w),
          r -> r.startMultiCatch("instance", w));
    }
  }

  @Test
  void waitInCatch() throws Exception {
    restarts().event("fallback", "plan b").assertSameAsPlainJava(
        () -> new TryFlows().waitInCatch(), r -> r.startWaitInCatch("instance"));
  }

  @Test
  void waitInFinally() throws Exception {
    restarts().event("cleanup", "done").assertSameAsPlainJava(
        () -> new TryFlows().waitInFinally(), r -> r.startWaitInFinally("instance"));
  }

  @Test
  void returnThroughWaitingFinally() throws Exception {
    assertEquals(15, restarts().event("set", 5).event("done", "!").assertSameAsPlainJava(
        () -> new TryFlows().returnThroughFinally(10),
        r -> r.startReturnThroughFinally("instance", 10)));
  }

  @Test
  void breakAndContinueThroughFinally() throws Exception {
    Restarts run = restarts().event("command", "a").event("command", "skip")
        .event("command", "b").event("command", "stop");
    List<String> trace = run.assertSameAsPlainJava(
        () -> new TryFlows().breakAndContinueThroughFinally(),
        r -> r.startBreakAndContinueThroughFinally("instance"));
    assertEquals(List.of("did a", "finally 0", "finally 1", "did b", "finally 2", "finally 3"),
        trace);
  }

  @Test
  void exceptionPassesThroughAWaitingFinally() throws Exception {
    restarts().event("first", "1").event("second", "2").assertSameAsPlainJava(
        () -> new TryFlows().throwThroughWaitingFinally(),
        r -> r.startThrowThroughWaitingFinally("instance"));
  }

  @Test
  void rethrowFromCatchIsCaughtOutside() throws Exception {
    restarts().event("text", "nope").event("report", "see").assertSameAsPlainJava(
        () -> new TryFlows().rethrowFromCatch(), r -> r.startRethrowFromCatch("instance"));
  }

  @Test
  void nestedFinallyBlocksRunInnermostFirst() throws Exception {
    Restarts run = restarts().event("a", "A").event("b", "B").event("c", "C");
    assertEquals("body A", run.assertSameAsPlainJava(() -> new TryFlows().nestedFinallyOrder(),
        r -> r.startNestedFinallyOrder("instance")));
    assertEquals(List.of("event \"a\" (String)", "event \"b\" (String)",
        "event \"c\" (String)"), run.waits());
  }

  @Test
  void uncaughtExceptionLeavesAfterFinally() throws Exception {
    Outcome<?> outcome = restarts().event("text", "z").event("cleanup", "c")
        .throughEngine("instance", r -> r.startUncaughtAfterWait("instance"));
    assertEquals(Status.FAILED, outcome.status());
    assertEquals(NumberFormatException.class.getName(), outcome.failure().type());
  }

  @Test
  void finallyDoesNotRunWhenTheMethodMerelySuspends() throws Exception {
    assertEquals(1, restarts().event("a", "1").event("b", "2").assertSameAsPlainJava(
        () -> new TryFlows().finallyRunsOnce(), r -> r.startFinallyRunsOnce("instance")));
  }
}
