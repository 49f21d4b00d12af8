package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.resumable.DirectRun;
import dev.resumable.Engine;
import dev.resumable.Status;
import dev.resumable.WorkflowArgumentException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad argument workflow code can pass to a wait, a branch or a join, each after a committed
 * wait: the resume that runs the bad call throws {@link WorkflowArgumentException} with its exact
 * message, and the store is compared row by row before and after, so a refused step committed
 * nothing (not the instance's end, not a branch). The same calls in a plain run throw the same.
 */
class BadWaitArgumentTableTest {

  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
  private static final long EIGHT_THOUSAND_YEARS = 8000L * 365 * 24 * 3600;
  private static final long AFTER_LATEST =
      Instant.parse("9999-12-31T23:59:59Z").getEpochSecond() + 1;
  private static final String TOO_LATE = " after 9999-12-31T23:59:59Z, the latest moment a timer"
      + " can be due; wait for less";
  private static final String NEGATIVE = "duration must not be negative, but is PT-1S; to wait"
      + " until a moment that may have passed, use Await.until or Wait.until";
  private static final String RESERVED = " starts with \"branch:\", which is reserved for the"
      + " outcomes of branches; wait for a branch with Await.join, joinAll or joinAny";

  @TempDir Path dir;
  private final SettableClock clock = new SettableClock(NOW);
  private final List<Throwable> reported = new CopyOnWriteArrayList<>();
  private Engine engine;
  private Resumer flows;
  private StoredRows rows;

  /** A bad call in {@link BadWaitFlows#misuse}, and what its refusal says after the instance. */
  record Case(String kind, String text, long number, String says) {}

  @BeforeEach
  void open() throws Exception {
    engine = Engine.builder().storeFile(dir.resolve("store")).clock(clock)
        .onError(reported::add).build();
    flows = Resumer.on(engine);
    rows = StoredRows.open(dir.resolve("store"));
  }

  @AfterEach
  void close() throws Exception {
    rows.close();
    engine.close();
  }

  private static List<Case> table() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("event name", "", 0, "Await.event: name must not be blank"));
    cases.add(new Case("event name", " \t", 0, "Await.event: name must not be blank"));
    cases.add(new Case("event name", "x".repeat(513), 0,
        "Await.event: name is 513 characters long; at most 512 are allowed"));
    cases.add(new Case("event name", "bell\u0007", 0, "Await.event: name \"bell\\u0007\" has the"
        + " control character U+0007 at index 4; use printable text"));
    cases.add(new Case("event lone surrogate", "", 0, "Await.event: name \"lone\\uD800\" has an"
        + " unpaired surrogate at index 4, which cannot be stored; use well-formed text"));
    cases.add(new Case("event name", "branch:mine/1", 0,
        "Await.event: name \"branch:mine/1\"" + RESERVED));
    cases.add(new Case("event null name", "", 0, "Await.event: name must not be null"));
    cases.add(new Case("event key", "", 0, "Await.event: key must not be null"));
    cases.add(new Case("event key", "  ", 0, "Await.event: key must not be blank"));
    cases.add(new Case("event key", "k".repeat(600), 0,
        "Await.event: key is 600 characters long; at most 512 are allowed"));
    // A type that is not a class literal is refused at compile time in Await.event and Await.all.
    cases.add(new Case("first event type", "", 0, "Wait.event: type must not be null"));
    cases.add(new Case("event void", "", 0, "Await.event: type must be a class of payload, not"
        + " java.lang.Void: no event carries nothing; wait for a Boolean or a record"));
    cases.add(new Case("sleep", "", -1, "Await.sleep: " + NEGATIVE));
    cases.add(new Case("sleep", "", Long.MAX_VALUE,
        "Await.sleep: duration PT2562047788015215H30M7S ends" + TOO_LATE));
    cases.add(new Case("sleep", "", EIGHT_THOUSAND_YEARS,
        "Await.sleep: duration PT70080000H from 2030-01-01T00:00:00Z ends" + TOO_LATE));
    cases.add(new Case("sleep null", "", 0, "Await.sleep: duration must not be null"));
    cases.add(new Case("until", "", AFTER_LATEST,
        "Await.until: moment +10000-01-01T00:00:00Z is" + TOO_LATE));
    cases.add(new Case("until null", "", 0, "Await.until: moment must not be null"));
    cases.add(new Case("first empty", "", 0, "Await.first: waits must not be empty: with nothing"
        + " to wait for, it would never end; name at least one event or timer"));
    cases.add(new Case("first null array", "", 0, "Await.first: waits must not be null"));
    cases.add(new Case("first null wait", "", 0, "Await.first: waits[1] must not be null"));
    cases.add(new Case("first reserved", "branch:x", 0,
        "Await.first: name \"branch:x\"" + RESERVED));
    cases.add(new Case("first timeout", "", -1, "Wait.timeout: " + NEGATIVE));
    cases.add(new Case("first timeout", "", EIGHT_THOUSAND_YEARS,
        "Wait.timeout: duration PT70080000H from 2030-01-01T00:00:00Z ends" + TOO_LATE));
    cases.add(new Case("all event name", "", 0, "Wait.event: name must not be null"));
    cases.add(new Case("all event name", "n".repeat(513), 0,
        "Wait.event: name is 513 characters long; at most 512 are allowed"));
    cases.add(new Case("all until", "", AFTER_LATEST,
        "Wait.until: moment +10000-01-01T00:00:00Z is" + TOO_LATE));
    cases.add(new Case("join null", "", 0, "Await.join: branch must not be null"));
    cases.add(new Case("join foreign", "other/1", 0, "Await.join: branch \"other/1\" was not"
        + " started by this instance; only branches that an instance started itself can be"
        + " joined"));
    cases.add(new Case("joinAll null", "", 0, "Await.joinAll: branches must not be null"));
    cases.add(new Case("joinAll null branch", "", 0,
        "Await.joinAll: branches[0] must not be null"));
    cases.add(new Case("joinAny empty", "", 0, "Await.joinAny: branches must not be empty: with"
        + " no branch to end first, it would never end; pass at least one"));
    // Caught by the workflow's own catch: the engine refuses the step all the same.
    cases.add(new Case("caught", "", -1, "Await.sleep: " + NEGATIVE));
    return cases;
  }

  @Test
  void eachBadCallAfterAWaitIsRefusedAndCommitsNothing() throws Exception {
    StringBuilder figures = new StringBuilder("bad arguments in workflow code:\n");
    int n = 0;
    for (Case c : table()) {
      String id = "case-" + ++n;
      flows.startMisuse(id, c.kind(), c.text(), c.number(), true);
      Map<String, StoredRows.Row> before = rows.all();
      var e = assertThrows(WorkflowArgumentException.class, () -> flows.resume(id, "go", "now"),
          c.kind());
      assertEquals("instance \"" + id + "\": " + c.says() + "; its step was not committed",
          e.getMessage(), c.kind());
      assertEquals(before, rows.all(), c.kind() + " changed the store");
      assertEquals(Status.WAITING, flows.status(id).status());
      figures.append(String.format("  %-20s %-44.44s rows unchanged%n", c.kind(), c.says()));
    }
    System.out.print(figures);
    assertEquals(List.of(), reported);
  }

  @Test
  void aBadCallInTheFirstStepStartsNothing() throws Exception {
    Map<String, StoredRows.Row> before = rows.all();
    var e = assertThrows(WorkflowArgumentException.class,
        () -> flows.startMisuse("at-start", "sleep", "", -1, false));
    assertEquals("instance \"at-start\": Await.sleep: " + NEGATIVE + "; its step was not"
        + " committed", e.getMessage());
    assertEquals(before, rows.all());
    assertNull(rows.row("at-start"));
  }

  @Test
  void aBranchWhoseFirstStepIsRefusedLeavesNeitherItNorItsSiblingNorItsParentsStep()
      throws Exception {
    flows.startMisuse("parent", "branch", "", -1, true);
    Map<String, StoredRows.Row> before = rows.all();
    var e = assertThrows(WorkflowArgumentException.class,
        () -> flows.resume("parent", "go", "now"));
    assertEquals("instance \"parent/2\": Await.sleep: " + NEGATIVE + "; its step was not"
        + " committed", e.getMessage());
    assertEquals(before, rows.all());
    assertNull(rows.row("parent/1"), "the branch started before the refused one was stored");
  }

  @Test
  void aBadCallRunByATimerIsReportedOnceAndCommitsNothing() throws Exception {
    flows.startNapThenSleep("napper", -1);
    clock.set(NOW.plusSeconds(2));
    Map<String, StoredRows.Row> before = rows.all();
    assertEquals(0, engine.fireDueTimers());
    assertEquals(0, engine.fireDueTimers());
    assertEquals(before, rows.all());
    assertEquals(1, reported.size(), reported.toString());
    assertEquals("instance \"napper\": Await.sleep: " + NEGATIVE + "; its step was not"
        + " committed", reported.get(0).getMessage());
    assertEquals(Status.WAITING, flows.status("napper").status());
  }

  @Test
  @SuppressWarnings("resumable") // runs the workflow as plain Java, on purpose
  void aPlainRunRefusesTheSameCallsWithTheSameMessages() throws Exception {
    for (Case c : table()) {
      if (c.kind().startsWith("join") || c.kind().equals("caught")) {
        continue; // a plain run has no instance to own branches, nor refuses a caught call
      }
      Throwable thrown = null;
      try {
        DirectRun.script().event("go", "now").call(
            () -> BadWaitFlows.misuse(c.kind(), c.text(), c.number(), true));
      } catch (Throwable t) {
        thrown = t;
      }
      if (!(thrown instanceof WorkflowArgumentException)) {
        fail(c.kind() + " in a plain run: " + thrown);
      }
      String[] around = c.says().split(" from 2030-01-01T00:00:00Z");
      if (around.length == 2) { // a plain run measures from the system clock, not the engine's
        String message = thrown.getMessage();
        assertEquals(around[0] + " from ", message.substring(0, around[0].length() + 6));
        assertEquals(around[1], message.substring(message.length() - around[1].length()));
      } else {
        assertEquals(c.says(), thrown.getMessage(), c.kind());
      }
    }
  }

  @Test
  void aScriptRefusesWhatNoEventCanBe() {
    assertEquals("event name must not be null; nothing was changed", assertThrows(
        IllegalArgumentException.class, () -> DirectRun.script().event(null, "x")).getMessage());
    assertEquals("payload must not be null: an event carries a value (for one that carries"
        + " nothing, send Boolean.TRUE or an empty record); nothing was changed", assertThrows(
        IllegalArgumentException.class, () -> DirectRun.script().event("n", null)).getMessage());
    assertEquals("body must not be null", assertThrows(IllegalArgumentException.class,
        () -> DirectRun.script().call(null)).getMessage());
  }

  @Test
  @SuppressWarnings("resumable") // runs the workflow as plain Java, on purpose
  void aTimeoutOfZeroAndAMomentLongPastAreFine() throws Exception {
    // Zero is not negative, and the past is a moment a wait can be for: both end at once.
    assertEquals("sleep was taken", DirectRun.script().event("go", "now")
        .call(() -> BadWaitFlows.misuse("sleep", "", 0, true)));
    flows.startMisuse("zero", "sleep", "", 0, true);
    assertEquals("sleep was taken", flows.resume("zero", "go", "now").result());
    flows.startMisuse("past", "until", "", Instant.MIN.getEpochSecond(), true);
    assertEquals("until was taken", flows.resume("past", "go", "now").result());
  }
}
