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

/** Waits inside expressions compute what plain Java computes, with a restart at every wait. */
// Runs each workflow as plain Java too, on purpose, to compare.
@SuppressWarnings("resumable")
class ExpressionsAcrossRestartsTest {

  @RegisterExtension
  final WorkflowTestKit kit = Restarts.kit();

  private Restarts restarts() {
    return new Restarts(kit);
  }


  @Test
  void sideEffectInAnEarlierArgumentHappensOnce() throws Exception {
    List<String> log = restarts().event("middle", "m").assertSameAsPlainJava(
        () -> new ExpressionFlows().sideEffectInEarlierArgument(),
        r -> r.startSideEffectInEarlierArgument("instance"));
    assertEquals(List.of("first", "last", "first|m|last"), log);
  }

  @Test
  void compoundAssignmentReadsTheOldValueFirst() throws Exception {
    int result = restarts().event("add", 5).event("times", 2).event("cell", 40)
        .assertSameAsPlainJava(
        () -> new ExpressionFlows().compoundAssignment(7),
        r -> r.startCompoundAssignment("instance", 7));
    assertEquals(36_411, result);
  }

  @Test
  void rightSideOfAndWaitsOnlyWhenEvaluated() throws Exception {
    restarts().event("confirm", true).event("again", false).assertSameAsPlainJava(
        () -> new ExpressionFlows().shortCircuit(true), r -> r.startShortCircuit("instance", true));
  }

  @Test
  void rightSideOfAndIsSkippedWithoutWaiting() throws Exception {
    String result = restarts().assertSameAsPlainJava(
        () -> new ExpressionFlows().shortCircuit(false),
        r -> r.startShortCircuit("instance", false));
    assertEquals("false/true", result);
  }

  @Test
  void onlyTheChosenBranchOfAConditionalWaits() throws Exception {
    restarts().event("left", "L").event("right", "R").assertSameAsPlainJava(
        () -> new ExpressionFlows().conditional(2), r -> r.startConditional("instance", 2));
    restarts().event("left", "L").assertSameAsPlainJava(
        () -> new ExpressionFlows().conditional(1), r -> r.startConditional("instance", 1));
  }

  @Test
  void waitsInConditionsAndForUpdates() throws Exception {
    Restarts run = restarts().event("go", true)
        .event("more", true).event("more", true).event("more", false)
        .event("limit", 5).event("step", 2).event("limit", 5).event("step", 2)
        .event("limit", 5).event("step", 2).event("limit", 5);
    int rounds = run.assertSameAsPlainJava(() -> new ExpressionFlows().conditions(),
        r -> r.startConditions("instance"));
    assertEquals(132, rounds);
  }

  @Test
  void receiversConcatenationArithmeticAndIndexes() throws Exception {
    String[] names = {"zero", "one", "two"};
    Restarts run = restarts().event("word", "hey").event("n", 4).event("n", 5)
        .event("index", 2).event("tail", "!");
    String result = run.assertSameAsPlainJava(() -> new ExpressionFlows().operands(names),
        r -> r.startOperands("instance", names));
    assertEquals("HEY7two!", result);
  }

  @Test
  void bothArgumentsWaitInOrder() throws Exception {
    restarts().event("a", "x").event("b", "y").assertSameAsPlainJava(
        () -> new ExpressionFlows().bothArguments(), r -> r.startBothArguments("instance"));
  }

  @Test
  void thrownValueComputedAfterAWait() throws Exception {
    Outcome<?> outcome = restarts().event("reason", "late").throughEngine("instance",
        r -> r.startThrowsWhatItWaitedFor("instance"));
    assertEquals(Status.FAILED, outcome.status());
    assertEquals("got late", outcome.failure().message());
  }
}
