package dev.resumable.it.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.it.JavaProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deploys a new version under waiting instances, as in production: version 1 of every workflow of
 * {@link UpgradeCases} is compiled, instances are started under it in one JVM and left waiting
 * at different points of one store file; version 2 is compiled separately and a new JVM continues
 * them. Each test is one kind of change and what it does to the instances parked at each point.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpgradeMatrixTest {

  @TempDir
  static Path dir;

  /** What version 2 printed, one line per step: the instance id first. */
  private List<String> continued;

  @BeforeAll
  void deployVersionOneThenVersionTwo() throws Exception {
    Path store = dir.resolve("store");
    Path v1 = compile("v1", UpgradeCases.sources(false));
    run(v1, store,
        "start|statementAdded|added-at-a", "start|statementAdded|added-at-b",
        "event|added-at-b|a|x",
        "start|useAdded|use-at-a|order-7",
        "start|waitsAdded|waits-at-a", "start|waitsAdded|waits-at-b", "event|waits-at-b|a|x",
        "start|waitRemoved|removed-at-a", "start|waitRemoved|removed-at-b",
        "event|removed-at-b|a|x",
        "start|reordered|reordered-at-a", "start|reordered|reordered-at-b",
        "event|reordered-at-b|a|x",
        "start|renamed|renamed-at-m", "event|renamed-at-m|n|4",
        "start|widened|widened-at-b", "event|widened-at-b|a|x",
        "start|retyped|retyped-at-m", "event|retyped-at-m|n|4",
        "start|repeated|repeated-at-2", "event|repeated-at-2|n|1",
        "start|anchored|anchored-at-second", "event|anchored-at-second|n|1",
        "start|payload|payload-at-a", "start|payload|payload-at-b", "event|payload-at-b|a|x",
        "start|outer|callee-at-x", "event|callee-at-x|head|h",
        "start|oldName|renamed-method",
        "start|dropped|dropped-at-b", "event|dropped-at-b|a|note",
        "start|parent|branch|o");
    Path v2 = compile("v2", UpgradeCases.sources(true));
    continued = run(v2, store, "dry-run",
        "event|added-at-a|a|x", "event|added-at-a|b|y", "event|added-at-b|b|y",
        "event|use-at-a|a|x",
        "event|waits-at-a|a|x", "event|waits-at-a|b|y", "event|waits-at-a|c|z",
        "event|waits-at-b|b|y", "event|waits-at-b|c|z",
        "event|removed-at-a|a|x", "event|removed-at-a|c|z", "event|removed-at-b|b|y",
        "event|reordered-at-a|a|x", "event|reordered-at-b|b|y", "event|reordered-at-b|a|w",
        "event|renamed-at-m|m|5",
        "event|widened-at-b|b|y",
        "event|retyped-at-m|m|5",
        "event|repeated-at-2|n|2",
        "event|anchored-at-second|n|2",
        "event|payload-at-a|a|x", "event|payload-at-a|b|5", "event|payload-at-b|b|5",
        "event|callee-at-x|x|1st", "event|callee-at-x|y|2nd",
        "event|renamed-method|a|x",
        "event|dropped-at-b|b|y",
        "event|branch/1|stock|S", "event|branch/1|packed|P", "status|branch");
  }

  @Test
  void aDryRunListsEveryInstanceTheNewVersionWouldRefuseBeforeAnyIsTouched() {
    assertEquals(List.of("dry-run would refuse payload-at-b removed-at-b renamed-at-m"
        + " renamed-method reordered-at-a repeated-at-2 retyped-at-m use-at-a"), of("dry-run"));
  }

  @Test
  void aStatementAddedBetweenWaitsRunsForInstancesThatHaveNotPassedIt() {
    assertEquals(List.of("added-at-a WAITING", "added-at-a COMPLETED Xy"), of("added-at-a"));
    assertEquals(List.of("added-at-b COMPLETED xy"), of("added-at-b"));
  }

  @Test
  void aUseOfAParameterAddedAfterTheLastWaitRefusesWhatDidNotStoreIt() {
    assertRefused("use-at-a", "UseAddedAfterLastWait#useAdded(java.lang.String) at event:a,"
        + " where this build differs from the code that stored it: local 'order'"
        + " (java.lang.String) is live there now but was not stored");
  }

  @Test
  void waitsAddedBeforeAndAfterTheStoppedPointLeaveItsInstancesGoingOn() {
    assertEquals(List.of("waits-at-a WAITING", "waits-at-a WAITING", "waits-at-a COMPLETED xyz"),
        of("waits-at-a"));
    assertEquals(List.of("waits-at-b WAITING", "waits-at-b COMPLETED xyz"), of("waits-at-b"));
  }

  @Test
  void aWaitRemovedRefusesOnlyTheInstancesStoppedThere() {
    assertEquals(List.of("removed-at-a WAITING", "removed-at-a COMPLETED xz"),
        of("removed-at-a"));
    assertRefused("removed-at-b", "WaitRemoved#waitRemoved() at event:b, a suspension point"
        + " this build of the method no longer has (its points now: event:a, event:c)");
  }

  @Test
  void twoWaitsReorderedContinueWhereTheNewCodeHasWhatItNeeds() {
    assertRefused("reordered-at-a", "WaitsReordered#reordered() at event:a, where this build"
        + " differs from the code that stored it: local 'b' (java.lang.String) is live there now"
        + " but was not stored");
    assertEquals(List.of("reordered-at-b WAITING", "reordered-at-b COMPLETED wy"),
        of("reordered-at-b"));
  }

  @Test
  void aRenamedLocalIsRefusedNamingTheLocalItLacks() {
    assertRefused("renamed-at-m", "LocalRenamed#renamed() at event:m, where this build differs"
        + " from the code that stored it: local 'sum' (int) is live there now but was not stored");
  }

  @Test
  void aLocalWidenedToAnInterfaceOrAWiderPrimitiveKeepsItsValue() {
    assertEquals(List.of("widened-at-b COMPLETED [x, y] 1000000000002 ArrayList"),
        of("widened-at-b"));
  }

  @Test
  void aLocalChangedToATypeThatCannotHoldItIsRefusedNamingBothTypes() {
    assertRefused("retyped-at-m", "TypeChangedIncompatibly#retyped() at event:m, where this"
        + " build differs from the code that stored it: local 'total' was stored as int and is"
        + " now java.lang.String, which cannot hold it");
  }

  @Test
  void aRepeatedEventAddedBeforeShiftsTheNumberedPointsAfterIt() {
    // The stored frame waited at the second "n"; the second "n" of the new code is another wait.
    assertRefused("repeated-at-2", "RepeatAddedBefore#repeated() at event:n#2, where this build"
        + " differs from the code that stored it: local 'w' (int) is live there now but was not"
        + " stored");
  }

  @Test
  void aLabelledWaitKeepsItsIdWhenAWaitForTheSameEventIsInsertedBeforeIt() {
    assertEquals(List.of("anchored-at-second COMPLETED 12"), of("anchored-at-second"));
  }

  @Test
  void aPayloadTypeChangedRefusesOnlyTheInstancesWaitingForThatEvent() {
    assertEquals(List.of("payload-at-a WAITING", "payload-at-a COMPLETED x5"), of("payload-at-a"));
    List<String> atB = of("payload-at-b");
    assertEquals(1, atB.size(), String.join("\n", atB));
    assertTrue(atB.get(0).startsWith("payload-at-b REFUSED ") && atB.get(0).contains(
        "waits for a java.lang.Integer, but the record for a \"java.lang.String\""), atB.get(0));
  }

  @Test
  void aCalleeChangedUnderAStoredStackContinuesInTheCalleeAndItsCaller() {
    assertEquals(List.of("callee-at-x WAITING", "callee-at-x COMPLETED h1st2nd!"),
        of("callee-at-x"));
  }

  @Test
  void aRenamedMethodIsRefusedNamingTheMethodItWasStartedBy() {
    assertRefused("renamed-method", "MethodRenamed#oldName()");
  }

  @Test
  void aStoredLocalTheNewCodeNoLongerUsesIsDropped() {
    assertEquals(List.of("dropped-at-b COMPLETED Y"), of("dropped-at-b"));
  }

  @Test
  void aBranchWhoseMethodChangedWhileItWaitsGoesOnAndItsParentJoinsIt() {
    assertEquals(List.of("branch/1 WAITING", "branch/1 COMPLETED oSP"), of("branch/1"));
    assertEquals(List.of("branch COMPLETED joined oSP"), of("branch"));
  }

  private void assertRefused(String id, String reason) {
    List<String> lines = of(id);
    assertEquals(1, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(0).startsWith(id + " REFUSED ") && lines.get(0).contains(
        UpgradeCases.PACKAGE + "." + reason), lines.get(0));
  }

  private List<String> of(String id) {
    return continued.stream().filter(l -> l.startsWith(id + " ")).toList();
  }

  private Path compile(String version, java.util.Map<String, String> sources) throws Exception {
    Path classes = dir.resolve(version);
    TwoCompilations.Result compiled = TwoCompilations.compile(sources, classes, List.of());
    assertTrue(compiled.success(), compiled.diagnostics());
    return classes;
  }

  private static List<String> run(Path classes, Path store, String... steps) throws Exception {
    List<String> args = new ArrayList<>(List.of(store.toString()));
    args.addAll(List.of(steps));
    JavaProcess.Result result = JavaProcess.runWith(List.of(classes),
        UpgradeJvm.class.getName(), args.toArray(String[]::new));
    assertEquals(0, result.exitCode(), result.output());
    List<String> lines = result.output().lines().filter(l -> !l.startsWith("WARNING")).toList();
    assertEquals(steps.length, lines.size(), result.output());
    return lines;
  }
}
