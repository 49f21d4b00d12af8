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

  private <R> R assertSameAsPlainJava(Restarts run, Callable<R> plain,
      Function<Resumer, Outcome<?>> start) throws Exception {
    R expected = run.plain(plain);
    Outcome<?> outcome = run.throughEngine("instance", start);
    assertEquals(Status.COMPLETED, outcome.status(), outcome.toString());
    assertEquals(expected, outcome.result());
    return expected;
  }

  @Test
  void colonCasesFallThrough() throws Exception {
    assertEquals(List.of("one A", "two B", "after"), assertSameAsPlainJava(
        restarts().event("a", "A").event("b", "B"), () -> new SwitchFlows().colonFallThrough(1),
        r -> r.startColonFallThrough("instance", 1)));
    assertSameAsPlainJava(restarts(), () -> new SwitchFlows().colonFallThrough(3),
        r -> r.startColonFallThrough("instance", 3));
    assertSameAsPlainJava(restarts().event("c", "C"), () -> new SwitchFlows().colonFallThrough(9),
        r -> r.startColonFallThrough("instance", 9));
  }

  @Test
  void arrowCasesOnAStringSelectorThatWaits() throws Exception {
    assertSameAsPlainJava(restarts().event("command", "send").event("parcel", "P1"),
        () -> new SwitchFlows().arrowOnString(), r -> r.startArrowOnString("instance"));
    assertSameAsPlainJava(restarts().event("command", "cancel").event("reason", "late"),
        () -> new SwitchFlows().arrowOnString(), r -> r.startArrowOnString("instance"));
    assertSameAsPlainJava(restarts().event("command", "dance"),
        () -> new SwitchFlows().arrowOnString(), r -> r.startArrowOnString("instance"));
  }

  @Test
  void switchExpressionOnAnEnumWithYield() throws Exception {
    assertSameAsPlainJava(restarts(), () -> new SwitchFlows().expressionOnEnum(SwitchFlows.Size.SMALL),
        r -> r.startExpressionOnEnum("instance", SwitchFlows.Size.SMALL));
    assertEquals(71, assertSameAsPlainJava(restarts().event("medium", 7),
        () -> new SwitchFlows().expressionOnEnum(SwitchFlows.Size.MEDIUM),
        r -> r.startExpressionOnEnum("instance", SwitchFlows.Size.MEDIUM)));
    assertEquals(301, assertSameAsPlainJava(restarts().event("large", 3),
        () -> new SwitchFlows().expressionOnEnum(SwitchFlows.Size.LARGE),
        r -> r.startExpressionOnEnum("instance", SwitchFlows.Size.LARGE)));
    assertEquals(1, assertSameAsPlainJava(restarts().event("large", -3),
        () -> new SwitchFlows().expressionOnEnum(SwitchFlows.Size.LARGE),
        r -> r.startExpressionOnEnum("instance", SwitchFlows.Size.LARGE)));
  }

  @Test
  void breakAndContinueAroundASwitchInALoop() throws Exception {
    Restarts run = restarts().event("step", "go").event("step", "skip").event("step", "go")
        .event("step", "stop");
    assertEquals("02", assertSameAsPlainJava(run, () -> new SwitchFlows().switchInLoop(),
        r -> r.startSwitchInLoop("instance")));
  }
}
