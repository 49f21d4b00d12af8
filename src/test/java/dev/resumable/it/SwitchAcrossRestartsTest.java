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

/** Switches compute what plain Java computes, with a restart at every wait. */
// Runs each workflow as plain Java too, on purpose, to compare.
@SuppressWarnings("resumable")
class SwitchAcrossRestartsTest {

  @RegisterExtension
  final WorkflowTestKit kit = Restarts.kit();

  private Restarts restarts() {
    return new Restarts(kit);
  }


  @Test
  void colonCasesFallThrough() throws Exception {
    assertEquals(List.of("one A", "two B", "after"), restarts().event("a", "A").event("b", "B")
        .assertSameAsPlainJava(() -> new SwitchFlows().colonFallThrough(1),
        r -> r.startColonFallThrough("instance", 1)));
    restarts().assertSameAsPlainJava(() -> new SwitchFlows().colonFallThrough(3),
        r -> r.startColonFallThrough("instance", 3));
    restarts().event("c", "C").assertSameAsPlainJava(() -> new SwitchFlows().colonFallThrough(9),
        r -> r.startColonFallThrough("instance", 9));
  }

  @Test
  void arrowCasesOnAStringSelectorThatWaits() throws Exception {
    restarts().event("command", "send").event("parcel", "P1").assertSameAsPlainJava(
        () -> new SwitchFlows().arrowOnString(), r -> r.startArrowOnString("instance"));
    restarts().event("command", "cancel").event("reason", "late").assertSameAsPlainJava(
        () -> new SwitchFlows().arrowOnString(), r -> r.startArrowOnString("instance"));
    restarts().event("command", "dance").assertSameAsPlainJava(
        () -> new SwitchFlows().arrowOnString(), r -> r.startArrowOnString("instance"));
  }

  @Test
  void switchExpressionOnAnEnumWithYield() throws Exception {
    restarts()
        .assertSameAsPlainJava(() -> new SwitchFlows().expressionOnEnum(SwitchFlows.Size.SMALL),
        r -> r.startExpressionOnEnum("instance", SwitchFlows.Size.SMALL));
    assertEquals(71, restarts().event("medium", 7).assertSameAsPlainJava(
        () -> new SwitchFlows().expressionOnEnum(SwitchFlows.Size.MEDIUM),
        r -> r.startExpressionOnEnum("instance", SwitchFlows.Size.MEDIUM)));
    assertEquals(301, restarts().event("large", 3).assertSameAsPlainJava(
        () -> new SwitchFlows().expressionOnEnum(SwitchFlows.Size.LARGE),
        r -> r.startExpressionOnEnum("instance", SwitchFlows.Size.LARGE)));
    assertEquals(1, restarts().event("large", -3).assertSameAsPlainJava(
        () -> new SwitchFlows().expressionOnEnum(SwitchFlows.Size.LARGE),
        r -> r.startExpressionOnEnum("instance", SwitchFlows.Size.LARGE)));
  }

  @Test
  void breakAndContinueAroundASwitchInALoop() throws Exception {
    Restarts run = restarts().event("step", "go").event("step", "skip").event("step", "go")
        .event("step", "stop");
    assertEquals("02", run.assertSameAsPlainJava(() -> new SwitchFlows().switchInLoop(),
        r -> r.startSwitchInLoop("instance")));
  }
}
