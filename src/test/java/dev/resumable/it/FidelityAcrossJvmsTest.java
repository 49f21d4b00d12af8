package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.DirectRun;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What plain Java keeps across a wait, kept by the engine with every step in a new JVM: shared
 * references, collection classes and exceptions' suppressed lists. The same workflows run as plain
 * Java for the expected values. Three JVMs run all the workflows: start, event "a", event "b".
 */
// Runs each workflow as plain Java too, on purpose, to compare.
@SuppressWarnings("resumable")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FidelityAcrossJvmsTest {

  private static final String STEPS = "dev.resumable.it.FidelitySteps";

  private final Map<String, String[]> afterStart = new HashMap<>();
  private final Map<String, String[]> afterA = new HashMap<>();
  private final Map<String, String[]> afterB = new HashMap<>();

  @BeforeAll
  void runEveryWorkflowStepByStepInNewJvms(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("fidelity");
    read(JavaProcess.run(store, STEPS, "start"), afterStart);
    read(JavaProcess.run(store, STEPS, "deliver", "A"), afterA);
    read(JavaProcess.run(store, STEPS, "deliver", "B"), afterB);
  }

  private static void read(JavaProcess.Result result, Map<String, String[]> into) {
    assertEquals(0, result.exitCode(), result.output());
    for (String line : result.output().split("\n")) {
      String[] parts = line.split("\\|", 3);
      if (parts.length == 3 && FidelitySteps.FLOWS.contains(parts[0])) {
        into.put(parts[0], parts);
      }
    }
    assertEquals(FidelitySteps.FLOWS.size(), into.size(), result.output());
  }

  private void assertSameAsPlainJava(String flow, Callable<String> plain) throws Exception {
    String expected = DirectRun.script().event("a", "A").event("b", "B").call(plain);
    assertEquals("WAITING", afterStart.get(flow)[2]);
    assertEquals("WAITING", afterA.get(flow)[2]);
    assertEquals("COMPLETED " + expected, afterB.get(flow)[2]);
  }

  @Test
  void aReceiverEvaluatedBeforeTheWaitIsStillTheListInTheMap() throws Exception {
    assertSameAsPlainJava("receiverTemporaryIsTheListInTheMap",
        FidelityFlows::receiverTemporaryIsTheListInTheMap);
    assertEquals("COMPLETED {k=[A, B]}", afterB.get("receiverTemporaryIsTheListInTheMap")[2]);
  }

  @Test
  void twoLocalsStayOneList() throws Exception {
    assertSameAsPlainJava("twoLocalsShareOneList", FidelityFlows::twoLocalsShareOneList);
  }

  @Test
  void twoFramesOfOneStackStayOnOneList() throws Exception {
    assertSameAsPlainJava("twoFramesShareOneList", FidelityFlows::twoFramesShareOneList);
    assertEquals("COMPLETED [start, A, B]", afterB.get("twoFramesShareOneList")[2]);
  }

  @Test
  void anArrayReferenceTakenBeforeTheWaitIsTheArrayInTheGrid() throws Exception {
    assertSameAsPlainJava("arrayElementAssignedAcrossAWait",
        FidelityFlows::arrayElementAssignedAcrossAWait);
  }

  @Test
  void aPendingReturnValueIsTheListThatFinallyChanges() throws Exception {
    assertSameAsPlainJava("pendingReturnInFinally", FidelityFlows::pendingReturnInFinally);
    assertEquals("COMPLETED [body, A, B]", afterB.get("pendingReturnInFinally")[2]);
  }

  @Test
  void collectionsKeepTheirClassOrderAndBehaviour() throws Exception {
    assertSameAsPlainJava("collectionKindsBehaveAsBefore",
        FidelityFlows::collectionKindsBehaveAsBefore);
  }

  @Test
  void anExceptionKeepsItsSuppressedExceptions() throws Exception {
    assertSameAsPlainJava("suppressedExceptionsAreKept",
        FidelityFlows::suppressedExceptionsAreKept);
    assertTrue(afterB.get("suppressedExceptionsAreKept")[2]
        .endsWith("suppressed=1 IllegalArgumentException: close failed"));
  }

  @Test
  void aComparatorThatCannotBeRestoredFailsTheStepAndStoresNothing() {
    String[] refused = afterA.get("comparatorThatCannotBeRestored");
    String message = refused[2];
    assertTrue(message.startsWith("THREW CodecException: cannot keep local 'byLength' of"
        + " dev.resumable.it.FidelityFlows.comparatorThatCannotBeRestored across the wait at"
        + " FidelityFlows.java:"), message);
    assertTrue(message.contains("java.util.TreeMap ordered by"), message);
    assertTrue(message.contains("only natural order and Comparator.reverseOrder()"), message);
    assertEquals(afterStart.get("comparatorThatCannotBeRestored")[1], refused[1],
        "the stored row is unchanged");
    // Still waiting for "a", it takes "B" there and is refused again at the same wait.
    String[] again = afterB.get("comparatorThatCannotBeRestored");
    assertTrue(again[2].startsWith("THREW CodecException: cannot keep local 'byLength'"),
        again[2]);
    assertEquals(afterStart.get("comparatorThatCannotBeRestored")[1], again[1]);
  }
}
