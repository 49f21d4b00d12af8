package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.InstanceFinishedException;
import dev.resumable.MissingReceiverException;
import dev.resumable.NoSuchInstanceException;
import dev.resumable.Outcome;
import dev.resumable.Status;
import dev.resumable.UnexpectedEventException;
import dev.resumable.UnreadableInstanceException;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.store.InstanceExistsException;
import dev.resumable.store.StoredInstance;
import dev.resumable.testkit.WorkflowTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad requests get a clear error that names the instance, and change nothing stored. */
class BadInputTest {

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create().receiver(Flows.class, Flows::new);

  @RegisterExtension
  final WorkflowTestKit withoutReceivers = WorkflowTestKit.create();

  // The kit restarts only when asked to, and no test here asks: one engine serves each test.
  private Engine engine;
  private Resumer flows;

  @BeforeEach
  void open() {
    engine = kit.engine();
    flows = Resumer.on(engine);
  }

  private StoredInstance stored(String id) {
    return engine.store().load(id).orElseThrow();
  }

  @Test
  void unknownId() {
    var e = assertThrows(NoSuchInstanceException.class, () -> flows.resume("nope", "x"));
    assertTrue(e.getMessage().contains("\"nope\""), e.getMessage());
  }

  @Test
  void finishedInstanceKeepsItsState() {
    flows.startBranches("done", "Zed", 0);
    StoredInstance before = stored("done");
    var e = assertThrows(InstanceFinishedException.class,
        () -> flows.resume("done", "word", "late"));
    assertTrue(e.getMessage().contains("\"done\" is COMPLETED"), e.getMessage());
    assertArrayEquals(before.state(), stored("done").state());
    assertEquals(before.revision(), stored("done").revision());
  }

  @Test
  void wrongPayloadTypeChangesNothingAndTheRightOneStillWorks() {
    flows.startSumUntilZero("sum");
    StoredInstance before = stored("sum");
    var e = assertThrows(UnexpectedEventException.class, () -> flows.resume("sum", "n", "five"));
    assertTrue(e.getMessage().contains("instance \"sum\" waits for event \"n\" of type"
        + " java.lang.Integer, but the payload is a java.lang.String"), e.getMessage());
    assertArrayEquals(before.state(), stored("sum").state());
    assertEquals(before.revision(), stored("sum").revision());
    assertEquals(Status.WAITING, flows.resume("sum", 5).status());
    assertEquals(501, flows.resume("sum", 0).result());
  }

  @Test
  void duplicateIdLeavesTheExistingInstance() {
    flows.startSumUntilZero("dup");
    StoredInstance before = stored("dup");
    var e = assertThrows(InstanceExistsException.class, () -> flows.startTwoEvents("dup"));
    assertTrue(e.getMessage().contains("\"dup\" already exists"), e.getMessage());
    assertArrayEquals(before.state(), stored("dup").state());
  }

  @Test
  void damagedStateFailsForThatInstanceAlone() {
    flows.startSumUntilZero("broken");
    flows.startSumUntilZero("healthy");
    StoredInstance good = stored("broken");
    byte[] garbage = {0x0a, (byte) 0xff, 0x01};
    engine.store().update(new StoredInstance("broken", good.method(), good.status(),
        good.revision() + 1, garbage), good.revision());

    var e = assertThrows(UnreadableInstanceException.class, () -> flows.resume("broken", 1));
    assertTrue(e.getMessage().startsWith("instance \"broken\" cannot be continued"),
        e.getMessage());
    assertArrayEquals(garbage, stored("broken").state());
    assertEquals(Status.WAITING, flows.resume("healthy", 1).status());
  }

  @Test
  void frameWhoseStoredLocalThisBuildCannotReadIsRefusedNamingMethodPointAndLocal()
      throws Exception {
    flows.startSumUntilZero("old");
    StoredInstance before = stored("old");
    InstanceRecord record = InstanceRecord.parseFrom(before.state());
    assertEquals("int", record.getFrames(0).getLocalTypesOrThrow("total"));
    InstanceRecord changed = record.toBuilder().setRevision(before.revision() + 1)
        .setFrames(0, record.getFrames(0).toBuilder().putLocalTypes("total", "java.lang.String"))
        .build();
    engine.store().update(new StoredInstance("old", before.method(), before.status(),
        before.revision() + 1, changed.toByteArray()), before.revision());

    var e = assertThrows(UnreadableInstanceException.class, () -> flows.resume("old", 1));
    assertTrue(e.incompatibleCode());
    assertTrue(e.getMessage().contains("dev.resumable.it.Flows#sumUntilZero() at event:n, where"
        + " this build differs from the code that stored it: local 'total' was stored as"
        + " java.lang.String and is now int, which cannot hold it"), e.getMessage());
    assertArrayEquals(changed.toByteArray(), stored("old").state());
  }

  @Test
  void frameStoredBeforeLocalTypesContinuesOnlyWithItsOwnFingerprint() throws Exception {
    flows.startSumUntilZero("untyped");
    flows.startSumUntilZero("untypedOther");
    for (String id : new String[] {"untyped", "untypedOther"}) {
      StoredInstance before = stored(id);
      InstanceRecord record = InstanceRecord.parseFrom(before.state());
      var frame = record.getFrames(0).toBuilder().clearLocalTypes().clearHasLocalTypes();
      if (id.equals("untypedOther")) {
        frame.setFingerprint("0000000000000000");
      }
      engine.store().update(new StoredInstance(id, before.method(), before.status(),
          before.revision() + 1, record.toBuilder().setRevision(before.revision() + 1)
              .setFrames(0, frame).build().toByteArray()), before.revision());
    }

    assertEquals(Status.WAITING, flows.resume("untyped", 4).status());
    assertEquals(401, flows.resume("untyped", 0).result());
    var e = assertThrows(UnreadableInstanceException.class,
        () -> flows.resume("untypedOther", 1));
    assertTrue(e.incompatibleCode());
    assertTrue(e.getMessage().contains("dev.resumable.it.Flows#sumUntilZero() at event:n, saved"
        + " by a version of the method whose suspension points or live locals differ"),
        e.getMessage());
  }

  @Test
  void frameOfAMethodThisBuildLacksIsRefusedWithMethodAndPoint() throws Exception {
    flows.startSumUntilZero("gone");
    StoredInstance before = stored("gone");
    InstanceRecord record = InstanceRecord.parseFrom(before.state());
    InstanceRecord renamed = record.toBuilder().setRevision(before.revision() + 1)
        .setFrames(0, record.getFrames(0).toBuilder()
            .setMethodKey("dev.resumable.it.Flows#renamedAway()"))
        .build();
    engine.store().update(new StoredInstance("gone", before.method(), before.status(),
        before.revision() + 1, renamed.toByteArray()), before.revision());

    var e = assertThrows(UnreadableInstanceException.class, () -> flows.resume("gone", 1));
    assertTrue(e.incompatibleCode());
    assertTrue(e.getMessage().contains("instance \"gone\"") && e.getMessage().contains(
        "dev.resumable.it.Flows#renamedAway() at event:n"), e.getMessage());
    assertArrayEquals(renamed.toByteArray(), stored("gone").state());
  }

  @Test
  void calleeThatCompletesInlineCostsNoExtraCommit() {
    flows.startNested("inline", 3);
    assertEquals(1, stored("inline").revision(), "one commit for start, at the callee's wait");
    assertEquals(3 * 2 * 5 + 3 * 2, flows.resume("inline", 5).result());
    assertEquals(2, stored("inline").revision());
  }

  @Test
  void earlyEventWaitsInTheInbox() {
    flows.startTwoEvents("early");
    Outcome<?> kept = flows.resume("early", "b", "world");
    assertEquals(Status.WAITING, kept.status());
    assertEquals("event \"a\" (String)", kept.waitingFor());
    assertEquals(java.util.List.of("b"), kept.inbox());
    Outcome<?> done = flows.resume("early", "a", "hello ");
    assertEquals("hello world", done.result());
    assertTrue(done.inbox().isEmpty());
  }

  @Test
  void missingReceiverNamesTheClassAndTheFix() {
    var e = assertThrows(MissingReceiverException.class,
        () -> Resumer.on(withoutReceivers.engine()).startTwoEvents("x"));
    assertTrue(e.getMessage().contains("Engine.builder().receiver(Flows.class, ...)"),
        e.getMessage());
  }
}
