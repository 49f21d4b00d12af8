package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Outcome;
import dev.resumable.Status;
import dev.resumable.testkit.WorkflowTestKit;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each construct computes the same as plain Java when every suspension is a restart: the
 * instance is stored, the engine and all its objects dropped, and a new engine continues it
 * from the H2 file.
 */
// Runs each workflow as plain Java too, on purpose, to compare.
@SuppressWarnings("resumable")
class ConstructsAcrossRestartsTest {

  @RegisterExtension
  final WorkflowTestKit kit = Restarts.kit();

  private Restarts restarts() {
    return new Restarts(kit);
  }


  @Test
  void whileLoopWithWaitsInBody() throws Exception {
    Restarts run = restarts().event("n", 5).event("n", 7).event("n", 30).event("n", 0);
    run.assertSameAsPlainJava(() -> new Flows().sumUntilZero(),
        r -> r.startSumUntilZero("instance"));
    assertEquals(4203, run.plain(() -> new Flows().sumUntilZero()));
  }

  @Test
  void ifElseChainTakesEachBranch() throws Exception {
    restarts().event("word", "hey").assertSameAsPlainJava(
        () -> new Flows().branches("Ann", 1), r -> r.startBranches("instance", "Ann", 1));
  }

  @Test
  void ifElseChainWithTwoWaitsInTheElseBranch() throws Exception {
    restarts().event("word", "good").event("word", "night").assertSameAsPlainJava(
        () -> new Flows().branches("Bo", -1), r -> r.startBranches("instance", "Bo", -1));
  }

  @Test
  void branchWithoutWaitCompletesAtStart() throws Exception {
    restarts().assertSameAsPlainJava(() -> new Flows().branches("Cy", 0),
        r -> r.startBranches("instance", "Cy", 0));
  }

  @Test
  void forForEachAndDoWhileLoops() throws Exception {
    Restarts run = restarts()
        .event("s", "a").event("s", "b")
        .event("reply", "yes").event("reply", "no")
        .event("extra", 2).event("extra", 3).event("extra", 4)
        .event("again", "more").event("again", "stop");
    String[] names = {"x", "y"};
    List<Integer> counts = List.of(1, 10, 100);
    run.assertSameAsPlainJava(() -> new Flows().loops(names, counts),
        r -> r.startLoops("instance", names, counts));
  }

  @Test
  void labelledBreakAndContinueAcrossNestedLoops() throws Exception {
    Restarts run = restarts().event("cell", "a").event("cell", "next-row")
        .event("cell", "b").event("cell", "c").event("cell", "d")
        .event("cell", "e").event("cell", "done");
    run.assertSameAsPlainJava(() -> new Flows().labelled(4), r -> r.startLabelled("instance", 4));
  }

  @Test
  void richTypesSurviveTheStore() throws Exception {
    UUID id = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    Restarts run = restarts().event("waited", Duration.ofDays(2).plusNanos(7));
    run.assertSameAsPlainJava(() -> new Flows().richLocals(id, Flows.Priority.HIGH),
        r -> r.startRichLocals("instance", id, Flows.Priority.HIGH));
    Flows.Summary summary = (Flows.Summary) run.throughEngine("second",
        r -> r.startRichLocals("second", id, Flows.Priority.HIGH)).result();
    assertEquals(new BigDecimal("240.00"), summary.total());
  }

  @Test
  void unstorableLocalDeadAtTheWaitIsNoObstacle() throws Exception {
    restarts().event("suffix", "end").assertSameAsPlainJava(
        () -> new Flows().resourceUsedBeforeTheWait("start"),
        r -> r.startResourceUsedBeforeTheWait("instance", "start"));
  }

  @Test
  void lambdasCaptureHoistedLocals() throws Exception {
    List<Integer> items = List.of(1, 2, 3);
    restarts().event("prefix", "#").assertSameAsPlainJava(() -> new Flows().lambdas(items),
        r -> r.startLambdas("instance", items));
  }

  @Test
  void nestedCallWaitsInTheCallee() throws Exception {
    restarts().event("child", 5).assertSameAsPlainJava(() -> new Flows().nested(3),
        r -> r.startNested("instance", 3));
  }

  @Test
  void whileTrueLeftByReturn() throws Exception {
    Restarts run = restarts().event("s", "a").event("s", "b").event("s", "xyz");
    run.assertSameAsPlainJava(() -> new Flows().earlyReturn(),
        r -> r.startEarlyReturn("instance"));
  }

  @Test
  void voidMethodCompletesWithNullResult() throws Exception {
    Outcome<?> outcome = restarts().event("go", "!").throughEngine("instance",
        r -> r.startVoidFlow("instance", "tag"));
    assertEquals(Status.COMPLETED, outcome.status());
    assertEquals(null, outcome.result());
  }

  @Test
  void exceptionAfterWaitFailsTheInstance() throws Exception {
    Outcome<?> outcome = restarts().event("n", -4).throughEngine("instance",
        r -> r.startFailsAfterWait("instance"));
    assertEquals(Status.FAILED, outcome.status());
    assertEquals(IllegalArgumentException.class.getName(), outcome.failure().type());
    assertEquals("negative: -4", outcome.failure().message());
    assertTrue(outcome.toString().contains("FAILED: java.lang.IllegalArgumentException:"
        + " negative: -4"), outcome.toString());
  }
}
