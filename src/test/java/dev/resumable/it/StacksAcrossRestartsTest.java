package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Inspection;
import dev.resumable.Outcome;
import dev.resumable.Status;
import dev.resumable.testkit.WorkflowTestKit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Stacks of @Resumable frames, stored whole and continued innermost first after restarts. */
// Runs each workflow as plain Java too, on purpose, to compare.
@SuppressWarnings("resumable")
class StacksAcrossRestartsTest {

  @RegisterExtension
  final WorkflowTestKit kit = Restarts.kit();

  private Restarts restarts() {
    return new Restarts(kit);
  }


  @Test
  void twoLevelChain() throws Exception {
    assertEquals("hello ann!", restarts().event("suffix", "!").assertSameAsPlainJava(
        () -> new StackFlows().twoLevels("ann"), r -> r.startTwoLevels("instance", "ann")));
  }

  @Test
  void fiveLevelChainWaitsAtSeveralDepths() throws Exception {
    Restarts run = restarts().event("two", 4).event("five", 7).event("four", 100);
    assertEquals(2 * ((((1 + 1 + 4) * 10 + 7 + 100) - 3) + 1), run.assertSameAsPlainJava(
        () -> new StackFlows().level1(1), r -> r.startLevel1("instance", 1)));
  }

  @Test
  void exceptionAfterARestartIsCaughtTwoFramesUp() throws Exception {
    assertEquals("caught bottom failed", restarts().event("verdict", "fail")
        .assertSameAsPlainJava(() -> new StackFlows().catchesTwoUp(),
        r -> r.startCatchesTwoUp("instance")));
    assertEquals("got 42", restarts().event("verdict", "pass").assertSameAsPlainJava(
        () -> new StackFlows().catchesTwoUp(), r -> r.startCatchesTwoUp("instance")));
  }

  @Test
  void finallyBlocksRunInOrderAcrossFrames() throws Exception {
    Restarts run = restarts().event("body", "b").event("inner", "i").event("outer", "o");
    assertEquals("body b|inner i|outer o", run.assertSameAsPlainJava(
        () -> new StackFlows().finallyAcrossFrames(),
        r -> r.startFinallyAcrossFrames("instance")));
    assertEquals(List.of("event \"body\" (String)", "event \"inner\" (String)",
        "event \"outer\" (String)"), run.waits());
  }

  @Test
  void recursionThousandDeepResumesWithoutOverflow() throws Exception {
    assertEquals(1_005, restarts().event("leaf", 5).assertSameAsPlainJava(
        () -> new StackFlows().descend(1_000), r -> r.startDescend("instance", 1_000)));
  }

  @Test
  void treeWalkWaitsAtEachLeaf() throws Exception {
    Restarts run = restarts();
    for (int leaf = 1; leaf <= 8; leaf++) {
      run.event("leaf", leaf);
    }
    run.assertSameAsPlainJava(() -> new StackFlows().walk(3, 1),
        r -> r.startWalk("instance", 3, 1));
  }

  @Test
  void callsThroughAFieldAndAStatic() throws Exception {
    assertEquals("reserved 3 boxes", restarts().event("stock", 3).event("unit", "boxes")
        .assertSameAsPlainJava(
        () -> new StackFlows().throughFieldAndStatic(),
        r -> r.startThroughFieldAndStatic("instance")));
  }

  @Test
  void failureAfterARestartHasAStackTraceThroughTheSource() throws Exception {
    Outcome<?> outcome = restarts().event("verdict", "fail").throughEngine("instance",
        r -> r.startFailsTwoDown("instance"));
    assertEquals(Status.FAILED, outcome.status());
    List<String> frames = outcome.failure().stack().stream()
        .filter(e -> e.getClassName().equals(StackFlows.class.getName()))
        .map(e -> e.getMethodName() + ":" + e.getFileName() + ":" + e.getLineNumber())
        .toList();
    assertEquals(List.of("bottom:StackFlows.java:68", "middle:StackFlows.java:61",
        "failsTwoDown:StackFlows.java:76"), frames);
    assertTrue(outcome.failure().stack().stream()
        .noneMatch(e -> e.getClassName().startsWith(StackFlows.class.getName() + "_")),
        "no generated class in " + outcome.failure().stack());
  }

  @Test
  void inspectionShowsTheSuspendedStackLikeAStackTrace() {
    Resumer.on(kit.engine()).startLevel1("order-42", 1);
    Resumer.on(kit.engine()).resume("order-42", "two", 4);
    kit.restart();

    Inspection inspection = kit.inspect("order-42");
    String[] lines = inspection.toString().split("\n");
    assertTrue(lines[0].startsWith("order-42 WAITING for event \"five\" (Integer) since "),
        lines[0]);
    assertEquals("  at dev.resumable.it.StackFlows.level5(StackFlows.java:45)  amount=60",
        lines[1]);
    assertEquals("  at dev.resumable.it.StackFlows.level4(StackFlows.java:39)", lines[2]);
    assertEquals("  at dev.resumable.it.StackFlows.level3(StackFlows.java:34)", lines[3]);
    assertEquals("  at dev.resumable.it.StackFlows.level2(StackFlows.java:29)", lines[4]);
    assertEquals("  at dev.resumable.it.StackFlows.level1(StackFlows.java:23)", lines[5]);
    assertEquals(6, lines.length);
    assertEquals("event:five", inspection.frames().get(0).suspensionId());
  }
}
