package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.resumable.Engine;
import dev.resumable.Status;
import dev.resumable.UnexpectedEventException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key index only names candidates for a signal: an instance gets the event only if its own
 * stored wait is for that event and key. An index entry edited to point elsewhere (as damage or
 * an out-of-date index would have it) and pairs that index alike never misroute an event.
 */
class StaleKeyIndexTest {

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

  @Test
  void anIndexEntryPointingAtAnInstanceThatWaitsForSomethingElseGetsNothing() throws Exception {
    flows.startKeyed("keyed-1", "ORD-1");
    flows.startTally("tally", 2); // waits for "n", by no key
    rows.writeWaitKey("keyed-1", null);
    rows.writeWaitKey("tally", "keyed/ORD-1");
    Map<String, StoredRows.Row> before = rows.all();

    var e = assertThrows(UnexpectedEventException.class,
        () -> engine.signal("keyed", "ORD-1", "proof"));
    assertEquals("no instance waits for event \"keyed\" with key \"ORD-1\"; deliver it by"
        + " instance id to keep it in an inbox until it is awaited; nothing was changed",
        e.getMessage());
    assertEquals(before, rows.all(), "the stale entry's instance kept the event");
    assertEquals(0, flows.status("tally").inbox().size());
    assertEquals(Status.WAITING, flows.resume("tally", "n", 1L).status());
    assertEquals(3L, flows.resume("tally", "n", 2L).result());
  }

  @Test
  void anIndexEntryPointingAtAnInstanceWaitingOnAnotherKeyIsPassedOver() throws Exception {
    flows.startKeyed("keyed-1", "ORD-1");
    flows.startKeyed("keyed-2", "ORD-2");
    rows.writeWaitKey("keyed-2", "keyed/ORD-1"); // the index now names both for ORD-1
    StoredRows.Row second = rows.row("keyed-2");

    assertEquals("ORD-1=proof", engine.signal("keyed", "ORD-1", "proof").result());
    assertEquals(second, rows.row("keyed-2"), "the instance waiting on ORD-2 was changed");
    assertEquals("ORD-2=late", flows.resume("keyed-2", "keyed", "late").result());
  }

  @Test
  void anEntryForAnInstanceThatHasEndedGetsNothing() throws Exception {
    flows.startKeyed("keyed-1", "ORD-1");
    StoredRows.Row waiting = rows.row("keyed-1");
    flows.resume("keyed-1", "keyed", "done");
    rows.writeWaitKey("keyed-1", waiting.waitKey()); // the index missed the instance's end
    Map<String, StoredRows.Row> before = rows.all();

    assertThrows(UnexpectedEventException.class, () -> engine.signal("keyed", "ORD-1", "again"));
    assertEquals(before, rows.all());
  }

  @Test
  void namesAndKeysThatIndexAlikeReachOnlyTheInstanceWaitingForThatPair() throws Exception {
    // "delivered/x" by key "y" and "delivered" by key "x/y" share the index entry
    // "delivered/x/y": undamaged, and still only one of them waits for each pair.
    flows.startNamedKeyed("by-name", "delivered/x", "y");
    StoredRows.Row byName = rows.row("by-name");

    var e = assertThrows(UnexpectedEventException.class,
        () -> engine.signal("delivered", "x/y", "stray"));
    assertEquals(byName, rows.row("by-name"), "the event was kept in an instance that never"
        + " waits for it");

    flows.startNamedKeyed("by-key", "delivered", "x/y");
    assertEquals("delivered|x/y=to the key",
        engine.signal("delivered", "x/y", "to the key").result());
    assertEquals(byName, rows.row("by-name"));
    assertEquals("delivered/x|y=to the name",
        engine.signal("delivered/x", "y", "to the name").result());
    assertEquals(e.getMessage(), "no instance waits for event \"delivered\" with key \"x/y\";"
        + " deliver it by instance id to keep it in an inbox until it is awaited; nothing was"
        + " changed");
  }
}
