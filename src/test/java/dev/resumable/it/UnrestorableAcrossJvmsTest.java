package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value that cannot be restored exactly fails the step that reaches the wait, before anything
 * is stored, with a message that names the local, the method, the wait's line, the class and the
 * fix. Each step runs in a new JVM, as after a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnrestorableAcrossJvmsTest {

  private static final String STEPS = "dev.resumable.it.UnrestorableSteps";
  private static final String FLOWS = "dev.resumable.it.UnrestorableFlows";

  private final Map<String, String[]> afterStart = new HashMap<>();
  private final Map<String, String[]> afterA = new HashMap<>();
  private final Map<String, String[]> afterB = new HashMap<>();

  @BeforeAll
  void runEachStepInANewJvm(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("unrestorable");
    read(JavaProcess.run(store, STEPS, "start"), afterStart);
    read(JavaProcess.run(store, STEPS, "deliver", "first"), afterA);
    read(JavaProcess.run(store, STEPS, "deliver", "second"), afterB);
  }

  private static void read(JavaProcess.Result result, Map<String, String[]> into) {
    assertEquals(0, result.exitCode(), result.output());
    for (String line : result.output().split("\n")) {
      String[] parts = line.split("\\|", 3);
      if (parts.length == 3 && UnrestorableSteps.FLOWS.contains(parts[0])) {
        into.put(parts[0], parts);
      }
    }
    assertEquals(UnrestorableSteps.FLOWS.size(), into.size(), result.output());
  }

  /** Refused at "a" and, still waiting there, refused again when the next step delivers. */
  private void assertRefusedWithRowUnchanged(String flow, String local, String... named) {
    assertRefused(flow, "local '" + local + "'", named);
  }

  private void assertRefused(String flow, String what, String... named) {
    assertRefusedStartingWith(flow, "cannot keep " + what + " of " + FLOWS + "." + flow
        + " across the wait at UnrestorableFlows.java:", named);
  }

  private void assertRefusedStartingWith(String flow, String start, String... named) {
    assertTrue(afterStart.get(flow)[2].startsWith("WAITING event \"a\""), afterStart.get(flow)[2]);
    for (Map<String, String[]> step : java.util.List.of(afterA, afterB)) {
      String message = step.get(flow)[2];
      assertTrue(message.startsWith("THREW CodecException: " + start), message);
      for (String part : named) {
        assertTrue(message.contains(part), message);
      }
      assertEquals(afterStart.get(flow)[1], step.get(flow)[1], "the stored row is unchanged");
    }
  }

  @Test
  void aTreeMapWithALambdaComparatorIsRefusedAndNothingIsStored() {
    assertRefusedWithRowUnchanged("comparatorThatCannotBeRestored", "byLength",
        "java.util.TreeMap ordered by", "only natural order and Comparator.reverseOrder()");
  }

  @Test
  void aTemporaryIsNamedByItsExpression() {
    assertRefused("temporaryThatCannotBeRestored", "the value of audited()",
        UnrestorableFlows.Audited.class.getName());
  }

  @Test
  void aSubclassOfArrayListIsRefusedAndNothingIsStored() {
    assertRefusedWithRowUnchanged("subclassOfAList", "items",
        UnrestorableFlows.Audited.class.getName(), "copy it into one of them before the wait");
  }

  /** Both values are named, each with its method and wait, and then the fix. */
  private void assertSplitRefused(String flow, String view, String viewClass, String backing,
      String backingClass, String fix) {
    String where = " of " + FLOWS + "." + flow + " (waiting at UnrestorableFlows.java:";
    assertRefusedStartingWith(flow, "cannot keep both " + view + where, ", a " + viewClass + ", and " + backing + where,
        ", a " + backingClass + ": the first is a view that may be backed by the second",
        "nothing was stored", "keep only one of them live across the wait", fix);
  }

  @Test
  void aViewAndTheListItWrapsAreRefusedAndNothingIsStored() {
    assertSplitRefused("viewAndItsList", "local 'view'",
        "java.util.Collections$UnmodifiableRandomAccessList", "local 'items'",
        "java.util.ArrayList", "List.copyOf(view) or new ArrayList<>(view)");
  }

  @Test
  void arraysAsListAndItsArrayAreRefusedAndNothingIsStored() {
    assertSplitRefused("arrayAndItsList", "local 'list'", "java.util.Arrays$ArrayList",
        "local 'array'", "[Ljava.lang.String;", "new ArrayList<>(list) or List.copyOf(list)");
  }

  @Test
  void aKeySetViewInsideAMapAndItsMapAreRefusedAndNothingIsStored() {
    assertSplitRefused("keysInsideAMap", "an object inside local 'index'",
        "java.util.Collections$UnmodifiableSet", "local 'counts'", "java.util.HashMap",
        "Set.copyOf(view) or new LinkedHashSet<>(view)");
  }

  @Test
  void aTypeArgumentThatCannotBeStoredIsRefusedWhereTheCalleeKeepsIt() {
    assertRefusedStartingWith("typeArgumentThatCannotBeStored", "cannot keep local 'v' of "
        + FLOWS + ".keep across the wait at UnrestorableFlows.java:",
        "nothing was stored: T of keep at UnrestorableFlows.java:",
        " is java.lang.Object, which cannot be stored (Object says nothing of what it holds)");
  }
}
