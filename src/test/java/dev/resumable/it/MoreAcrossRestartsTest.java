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

/** Generic methods, overloads, inner classes and exceptions held across waits. */
// Runs each workflow as plain Java too, on purpose, to compare.
@SuppressWarnings("resumable")
class MoreAcrossRestartsTest {

  @RegisterExtension
  final WorkflowTestKit kit = Restarts.kit();

  private Restarts restarts() {
    return new Restarts(kit);
  }


  @Test
  void genericMethodStartedAndCalled() throws Exception {
    assertEquals(3, restarts().event("approve", "yes").assertSameAsPlainJava(
        () -> new MoreFlows().countAfterApproval(List.of(1, 2, 3)),
        r -> r.startCountAfterApproval("instance", List.of(1, 2, 3))));
    assertEquals(-30, restarts().event("approve", "no").assertSameAsPlainJava(
        () -> new MoreFlows().callsGeneric(), r -> r.startCallsGeneric("instance")));
  }

  @Test
  void overloadsAreSeparateWorkflows() throws Exception {
    assertEquals("hi Ann", restarts().event("greeting", "hi").assertSameAsPlainJava(
        () -> new MoreFlows().greet("Ann"), r -> r.startGreet("instance", "Ann")));
    assertEquals("hohoho", restarts().event("greeting", "ho").assertSameAsPlainJava(
        () -> new MoreFlows().greet(3), r -> r.startGreet("instance", 3)));
  }

  @Test
  void caughtExceptionRethrownAfterAWait() throws Exception {
    assertEquals("caught again: For input string: \"x\"",
        restarts().event("n", "x").event("pause", ".").assertSameAsPlainJava(
            () -> new MoreFlows().rethrowAfterWait(), r -> r.startRethrowAfterWait("instance")));
  }

  @Test
  void customExceptionKeepsItsClassAcrossAWaitingFinally() throws Exception {
    assertEquals("Declined: card expired", restarts().event("pay", false).event("audit", "logged")
        .assertSameAsPlainJava(
        () -> new MoreFlows().customExceptionAcrossWait(),
        r -> r.startCustomExceptionAcrossWait("instance")));
  }

  @Test
  void workflowOfAnInnerClass() throws Exception {
    assertEquals(">y", restarts().event("x", "y").assertSameAsPlainJava(
        () -> new MoreFlows().new Inner().innerWait(">"),
        r -> r.startInnerWait("instance", ">")));
  }
}
