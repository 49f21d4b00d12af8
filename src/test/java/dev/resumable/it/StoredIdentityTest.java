package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.Status;
import dev.resumable.UnreadableInstanceException;
import dev.resumable.proto.InstanceRecord;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored record belongs to its row: one whose id or parent id names another instance is
 * unreadable, and nothing is written anywhere, least of all to the instance it names.
 */
class StoredIdentityTest {

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

  private void rewrite(String id, java.util.function.UnaryOperator<InstanceRecord.Builder> edit)
      throws Exception {
    InstanceRecord record = InstanceRecord.parseFrom(rows.row(id).state());
    rows.writeState(id, edit.apply(record.toBuilder()).build().toByteArray());
  }

  @Test
  void aRecordNamingAnotherInstanceIsRefusedAndThatInstanceIsUntouched() throws Exception {
    flows.startTally("inst-1", 2);
    flows.startTally("inst-3", 2);
    rewrite("inst-1", r -> r.setId("inst-3")); // one bit apart: '1' is 0x31, '3' is 0x33
    Map<String, StoredRows.Row> before = rows.all();

    var e = assertThrows(UnreadableInstanceException.class,
        () -> flows.resume("inst-1", "n", 5L));
    assertEquals("instance \"inst-1\" cannot be continued: its stored record names instance"
        + " \"inst-3\", not the row it is stored under; its stored state is kept unchanged",
        e.getMessage());
    assertEquals(before, rows.all());
    assertEquals(Status.UNREADABLE, flows.status("inst-1").status());
    assertEquals(Status.WAITING, flows.resume("inst-3", "n", 3L).status());
    assertEquals(7L, flows.resume("inst-3", "n", 4L).result());
  }

  @Test
  void aParentIdThatCannotBeTheParentIsRefused() throws Exception {
    flows.startTally("inst-1", 2);
    flows.startTally("inst-3", 2);
    rewrite("inst-1", r -> r.setParentId("inst-3"));
    Map<String, StoredRows.Row> before = rows.all();

    var e = assertThrows(UnreadableInstanceException.class,
        () -> flows.resume("inst-1", "n", 5L));
    assertTrue(e.getMessage().contains("names \"inst-3\" as the instance that started it"),
        e.getMessage());
    assertEquals(before, rows.all());
  }

  @Test
  void idsThatCannotBeStoredExactlyAreRefusedBeforeTheStoreIsAsked() throws Exception {
    flows.startTally("lone2-?-y", 1);
    Map<String, StoredRows.Row> before = rows.all();

    var lone = assertThrows(IllegalArgumentException.class,
        () -> flows.startTally("lone-\uD800-x", 1));
    assertEquals("id \"lone-\\uD800-x\" has an unpaired surrogate at index 5, which cannot be"
        + " stored; use well-formed text; nothing was changed", lone.getMessage());
    var other = assertThrows(IllegalArgumentException.class,
        () -> flows.resume("lone2-\uDC00-y", "n", 1L));
    assertTrue(other.getMessage().startsWith("id \"lone2-\\uDC00-y\" has an unpaired surrogate"),
        other.getMessage());
    assertEquals(before, rows.all());
    assertEquals(1L, flows.resume("lone2-?-y", "n", 1L).result());
    flows.startTally("pair-\uD83D\uDE00", 1); // a surrogate pair is well-formed
    assertEquals(1L, flows.resume("pair-\uD83D\uDE00", "n", 1L).result());
  }
}
