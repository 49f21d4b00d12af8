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

  private <R> R assertSameAsPlainJava(Restarts run, Callable<R> plain,
      Function<Resumer, Outcome<?>> start) throws Exception {
    R expected = run.plain(plain);
    Outcome<?> outcome = run.throughEngine("instance", start);
    assertEquals(Status.COMPLETED, outcome.status(), outcome.toString());
    assertEquals(expected, outcome.result());
    return expected;
  }

  @Test
  void catchAfterWait() throws Exception {
    assertEquals("try,caught For input string: \"x\"", assertSameAsPlainJava(
        restarts().event("number", "x"), () -> new TryFlows().catchAfterWait(),
        r -> r.startCatchAfterWait("instance")));
    assertEquals("try,parsed 4", assertSameAsPlainJava(restarts().event("number", "4"),
        () -> new TryFlows().catchAfterWait(), r -> r.startCatchAfterWait("instance")));
  }

  @Test
  void multiCatchPicksTheFirstMatchingClause() throws Exception {
    for (int which = 0; which < 3; which++) {
      int w = which;
      assertSameAsPlainJava(restarts().event("go", "!"), () -> new TryFlows().multiCatch(w),
          r -> r.startMultiCatch("instance", w));
    }
  }

  @Test
  void waitInCatch() throws Exception {
    assertSameAsPlainJava(restarts().event("fallback", "plan b"),
        () -> new TryFlows().waitInCatch(), r -> r.startWaitInCatch("instance"));
  }

  @Test
  void waitInFinally() throws Exception {
    assertSameAsPlainJava(restarts().event("cleanup", "done"),
        () -> new TryFlows().waitInFinally(), r -> r.startWaitInFinally("instance"));
  }

  @Test
  void returnThroughWaitingFinally() throws Exception {
    assertEquals(15, assertSameAsPlainJava(restarts().event("set", 5).event("done", "!"),
        () -> new TryFlows().returnThroughFinally(10),
        r -> r.startReturnThroughFinally("instance", 10)));
  }

  @Test
  void breakAndContinueThroughFinally() throws Exception {
    Restarts run = restarts().event("command", "a").event("command", "skip")
        .event("command", "b").event("command", "stop");
    List<String> trace = assertSameAsPlainJava(run,
        () -> new TryFlows().breakAndContinueThroughFinally(),
        r -> r.startBreakAndContinueThroughFinally("instance"));
    assertEquals(List.of("did a", "finally 0", "finally 1", "did b", "finally 2", "finally 3"),
        trace);
  }

  @Test
  void exceptionPassesThroughAWaitingFinally() throws Exception {
    assertSameAsPlainJava(restarts().event("first", "1").event("second", "2"),
        () -> new TryFlows().throwThroughWaitingFinally(),
        r -> r.startThrowThroughWaitingFinally("instance"));
  }

  @Test
  void rethrowFromCatchIsCaughtOutside() throws Exception {
    assertSameAsPlainJava(restarts().event("text", "nope").event("report", "see"),
        () -> new TryFlows().rethrowFromCatch(), r -> r.startRethrowFromCatch("instance"));
  }

  @Test
  void nestedFinallyBlocksRunInnermostFirst() throws Exception {
    Restarts run = restarts().event("a", "A").event("b", "B").event("c", "C");
    assertEquals("body A", assertSameAsPlainJava(run, () -> new TryFlows().nestedFinallyOrder(),
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
    assertEquals(1, assertSameAsPlainJava(restarts().event("a", "1").event("b", "2"),
        () -> new TryFlows().finallyRunsOnce(), r -> r.startFinallyRunsOnce("instance")));
  }
}
