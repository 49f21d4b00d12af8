package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.Inspection;
import dev.resumable.Outcome;
import dev.resumable.Status;
import dev.resumable.UnreadableInstanceException;
import dev.resumable.proto.InstanceRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An instance that cannot be read never holds up the others: timers due after it fire, signals
 * reach the instance that can take them, and the damage is reported once and shown by status.
 */
class QuarantineTest {

  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
  private static final byte[] GARBAGE = {0x0a, (byte) 0xff, 0x01};

  @TempDir Path dir;
  private final SettableClock clock = new SettableClock(T0);
  private final List<Throwable> reported = new ArrayList<>();
  private Engine engine;
  private Resumer flows;
  private StoredRows rows;

  @BeforeEach
  void open() throws Exception {
    engine = Engine.builder().storeFile(dir.resolve("store")).clock(clock)
        .onError(e -> {
          synchronized (reported) {
            reported.add(e);
          }
        }).build();
    flows = Resumer.on(engine);
    rows = StoredRows.open(dir.resolve("store"));
  }

  @AfterEach
  void close() throws Exception {
    rows.close();
    engine.close();
  }

  @Test
  void theSweepPagesPastAFullPageOfUnreadableTimersAndReportsEachOnce() throws Exception {
    int broken = 150; // more than two of the sweep's pages, all due before the healthy one
    for (int i = 0; i < broken; i++) {
      String id = String.format("broken-%03d", i);
      flows.startNap(id, id, 60 + i);
      rows.writeState(id, GARBAGE);
    }
    flows.startNap("healthy", "healthy", 3600);
    clock.set(T0.plus(Duration.ofHours(2)));

    assertEquals(1, engine.fireDueTimers());
    assertEquals("healthy woke", flows.status("healthy").result());
    assertEquals(broken, reported.size());
    assertTrue(reported.stream().allMatch(e -> e instanceof UnreadableInstanceException));
    assertEquals(broken, reported.stream().map(Throwable::getMessage).distinct().count());

    Map<String, StoredRows.Row> before = rows.all();
    flows.startNap("later", "later", 60);
    clock.set(T0.plus(Duration.ofHours(3)));
    assertEquals(1, engine.fireDueTimers(), "a timer set after the damage fires too");
    assertEquals(broken, reported.size(), "the damaged ones are not reported again");
    before.forEach((id, row) -> {
      if (id.startsWith("broken-")) {
        assertEquals(row, rowOf(id), id + " was written");
      }
    });
  }

  @Test
  void aRepairedInstanceFiresAtTheNextSweep() throws Exception {
    flows.startNap("repaired", "repaired", 60);
    byte[] good = rows.row("repaired").state();
    rows.writeState("repaired", GARBAGE);
    clock.set(T0.plus(Duration.ofHours(1)));
    assertEquals(0, engine.fireDueTimers());
    assertEquals(0, engine.fireDueTimers());
    assertEquals(1, reported.size());

    rows.writeState("repaired", good);
    assertEquals(1, engine.fireDueTimers());
    assertEquals("repaired woke", flows.status("repaired").result());
  }

  @Test
  void aSignalReachesTheReadableInstanceUnderItsKey() throws Exception {
    flows.startKeyed("order-7", "order-7");
    flows.startKeyed("order-7-copy", "order-7"); // two under one key, the copy damaged
    rows.writeState("order-7-copy", GARBAGE);
    flows.startKeyed("lonely", "order-8");
    rows.writeState("lonely", GARBAGE);

    assertEquals("order-7=paid", engine.signal("keyed", "order-7", "paid").result());
    var e = assertThrows(UnreadableInstanceException.class,
        () -> engine.signal("keyed", "order-8", "lost"));
    assertTrue(e.getMessage().startsWith("instance \"lonely\" cannot be continued"),
        e.getMessage());
  }

  @Test
  void statusAndInspectShowAnUnreadableInstanceAndWhy() throws Exception {
    flows.startTally("damaged", 3);
    rows.writeState("damaged", GARBAGE);

    Outcome<?> outcome = flows.status("damaged");
    assertEquals(Status.UNREADABLE, outcome.status());
    assertTrue(outcome.unreadable().getMessage().startsWith("instance \"damaged\" cannot be"
        + " continued: its stored state is not a valid instance record"),
        outcome.unreadable().getMessage());
    assertTrue(outcome.toString().startsWith("damaged UNREADABLE: instance \"damaged\""),
        outcome.toString());
    var thrown = assertThrows(UnreadableInstanceException.class, outcome::result);
    assertEquals(outcome.unreadable(), thrown);

    Inspection inspection = flows.inspect("damaged");
    assertEquals(Status.UNREADABLE, inspection.status());
    assertTrue(inspection.frames().isEmpty());
    assertNull(inspection.since());
    assertTrue(inspection.toString().startsWith("damaged UNREADABLE: instance \"damaged\""),
        inspection.toString());
  }

  @Test
  void aTimerDuePastTheEndOfTimeIsUnreadableNotAnException() throws Exception {
    flows.startNap("forever", "forever", 60);
    InstanceRecord record = InstanceRecord.parseFrom(rows.row("forever").state());
    rows.writeState("forever", record.toBuilder().setWait(record.getWait().toBuilder()
        .setTimer(record.getWait().getTimer().toBuilder().setDueEpochSecond(Long.MAX_VALUE)))
        .build().toByteArray());
    Outcome<?> outcome = flows.status("forever");
    assertEquals(Status.UNREADABLE, outcome.status());
    assertTrue(outcome.unreadable().getMessage().contains("due time is out of range"),
        outcome.unreadable().getMessage());
  }

  @Test
  void anInboxEventThatCannotBeDecodedEndsTheCallWithNothingCommitted() throws Exception {
    flows.startAnyProblem("p", "x");
    flows.resume("p", "problem", new IOException("disk full")); // kept: it waits for "first"
    InstanceRecord record = InstanceRecord.parseFrom(rows.row("p").state());
    rows.writeState("p", record.toBuilder().setInbox(0, record.getInbox(0).toBuilder()
        .setPayload(dev.resumable.proto.Value.newBuilder().setIntValue(7))).build()
        .toByteArray());
    StoredRows.Row before = rows.row("p");

    var e = assertThrows(UnreadableInstanceException.class,
        () -> flows.resume("p", "first", "a"));
    assertTrue(e.getMessage().contains("event \"problem\" in the inbox cannot be decoded"),
        e.getMessage());
    assertEquals(before, rows.row("p"), "nothing committed, not FAILED");
  }

  @Test
  void anEarlyEventIsTakenByAWaitForItsSupertype() {
    flows.startAnyProblem("early", "t");
    assertEquals(List.of("problem"),
        flows.resume("early", "problem", new IOException("disk full")).inbox());
    assertEquals("ta: disk full", flows.resume("early", "first", "a").result());
  }

  private StoredRows.Row rowOf(String id) {
    try {
      return rows.row(id);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }
}
