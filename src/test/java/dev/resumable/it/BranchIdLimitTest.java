package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.InstanceIds;
import dev.resumable.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every id the engine gives a branch is one the API takes: the branches of an id of the maximum
 * length, however deeply nested up to the branch id limit, can be asked for, inspected, resumed
 * and cancelled; a step that would nest one level deeper is refused and stores nothing.
 */
class BranchIdLimitTest {

  private static final String LONGEST = "r".repeat(InstanceIds.MAX_LENGTH);
  /** Levels of "/1" that fit between the longest id and the branch id limit. */
  private static final int DEEPEST = (InstanceIds.MAX_BRANCH_ID_LENGTH - InstanceIds.MAX_LENGTH)
      / 2;

  @TempDir Path dir;
  private Engine engine;
  private Resumer flows;
  private StoredRows rows;

  @BeforeEach
  void open() throws Exception {
    engine = Engine.builder().storeFile(dir.resolve("store")).build();
    flows = Resumer.on(engine);
    rows = StoredRows.open(dir.resolve("store"));
  }

  @AfterEach
  void close() throws Exception {
    rows.close();
    engine.close();
  }

  /** {@code root}, {@code root/1}, {@code root/1/1}, ... down to {@code levels} below it. */
  private static List<String> chain(String root, int levels) {
    List<String> ids = new ArrayList<>(List.of(root));
    for (int i = 0; i < levels; i++) {
      ids.add(ids.get(i) + "/1");
    }
    return ids;
  }

  @Test
  void theNestedBranchesOfTheLongestIdAreEachAddressable() {
    List<String> ids = chain(LONGEST, 3);
    flows.startNest(LONGEST, 3);
    for (String id : ids) {
      assertEquals(Status.WAITING, flows.status(id).status(), id.substring(500));
      assertEquals(id, flows.inspect(id).id());
    }
    String deepest = ids.get(3);
    assertTrue(flows.inspect(deepest).waitingFor().contains("\"go\""),
        flows.inspect(deepest).waitingFor());
    flows.resume(deepest, "go", "here");
    assertEquals("here<<<", flows.status(LONGEST).result());
    for (String id : ids) {
      assertEquals(Status.COMPLETED, flows.status(id).status(), id.substring(500));
    }
  }

  @Test
  void aBranchOfTheLongestIdCanBeCancelled() {
    String root = "c".repeat(InstanceIds.MAX_LENGTH);
    flows.startNest(root, 2);
    flows.cancel(root + "/1/1");
    assertEquals(Status.CANCELLED, flows.status(root + "/1/1").status());
    // The cancellation is thrown at each join up the chain, and ends each instance on it.
    assertEquals(Status.CANCELLED, flows.status(root + "/1").status());
    assertEquals(Status.CANCELLED, flows.status(root).status());
  }

  @Test
  void branchesNestedUpToTheLimitRunAndEnd() {
    List<String> ids = chain(LONGEST, DEEPEST);
    String deepest = ids.get(DEEPEST);
    assertEquals(InstanceIds.MAX_BRANCH_ID_LENGTH, deepest.length());
    flows.startNest(LONGEST, DEEPEST);
    assertEquals(Status.WAITING, flows.status(deepest).status());
    assertEquals(deepest, flows.inspect(deepest).id());
    flows.resume(deepest, "go", "down");
    assertEquals("down" + "<".repeat(DEEPEST), flows.status(LONGEST).result());
  }

  @Test
  void aBranchOneLevelPastTheLimitIsRefusedAndNothingIsStored() throws Exception {
    Map<String, StoredRows.Row> before = rows.all();
    String parent = chain(LONGEST, DEEPEST).get(DEEPEST);
    var e = assertThrows(IllegalStateException.class,
        () -> flows.startNest(LONGEST, DEEPEST + 1));
    assertEquals("instance \"" + parent + "\" cannot start a branch: its id would be 1026"
        + " characters long, and a branch's id (<parent id>/<n>) has at most 1024; nest fewer"
        + " levels of branches, or give the outermost instance a shorter id; its step was not"
        + " committed", e.getMessage());
    assertEquals(before, rows.all());
    assertTrue(rows.all().isEmpty());
  }
}
