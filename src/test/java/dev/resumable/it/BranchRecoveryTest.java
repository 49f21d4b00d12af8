package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.NoSuchInstanceException;
import dev.resumable.Status;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.store.ChangeSet;
import dev.resumable.store.InstanceExistsException;
import dev.resumable.store.InstanceSummary;
import dev.resumable.store.RevisionConflictException;
import dev.resumable.store.Store;
import dev.resumable.store.StoreException;
import dev.resumable.store.StoredInstance;
import dev.resumable.store.h2.H2Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step and the branches it starts commit at once, so a refused step leaves no branch behind;
 * and what an older version could leave after a crash between its separate writes — a branch
 * stored but not its parent, a branch ended but its parent not told — loses nothing. The real H2
 * file store, with writes made to fail the way a crash or a rival engine would, and a new engine
 * on the file afterwards.
 */
class BranchRecoveryTest {

  @TempDir
  Path dir;

  private final List<Throwable> reported = new ArrayList<>();

  @Test
  void aStepThatLosesARevisionConflictIsRunAgainFromTheStoredStateAndStartsItsBranchOnce()
      throws Exception {
    Rival rival = new Rival(H2Store.open(dir.resolve("store")));
    try (Engine engine = engine(rival)) {
      Resumer.on(engine).startAfterGo("g", "order 4");
      rival.moveOnBeforeCommitsOf("g", 1);

      Resumer.on(engine).resume("g", "go", "now"); // lost once, then run again on revision 2

      assertEquals(0, rival.movesLeft());
      assertEquals(3, engine.store().load("g").orElseThrow().revision());
      assertEquals(Status.WAITING, engine.status("g/1").status());
      Resumer.on(engine).resume("g/1", "bank", "ok");
      assertEquals("now: authorised 2", engine.status("g").result());
    }
  }

  @Test
  void aStepThatKeepsLosingRevisionConflictsFailsLoudlyAndLeavesNoBranchBehind()
      throws Exception {
    Rival rival = new Rival(H2Store.open(dir.resolve("store")));
    try (Engine engine = engine(rival)) {
      Resumer.on(engine).startAfterGo("g", "order 4");
      rival.moveOnBeforeCommitsOf("g", Integer.MAX_VALUE);

      RevisionConflictException refused = assertThrows(RevisionConflictException.class,
          () -> Resumer.on(engine).resume("g", "go", "now"));

      assertEquals("g", refused.id());
      assertThrows(NoSuchInstanceException.class, () -> engine.status("g/1"));
      long afterRivals = engine.store().load("g").orElseThrow().revision();
      assertEquals(refused.actual(), afterRivals, "the conflict names the rival's revision");
      rival.moveOnBeforeCommitsOf("g", 0);
      Resumer.on(engine).resume("g", "go", "now"); // the rival stopped: the step commits
      Resumer.on(engine).resume("g/1", "bank", "ok");
      assertEquals("now: authorised 2", engine.status("g").result());
    }
  }

  @Test
  void aStartThatFindsItsIdTakenAtCommitLeavesNoBranchBehind() {
    Rival rival = new Rival(H2Store.open(dir.resolve("store")));
    try (Engine engine = engine(rival)) {
      rival.insertBeforeNextCommitOf("r5");

      assertThrows(InstanceExistsException.class,
          () -> Resumer.on(engine).startGuarded("r5", "order 5"));

      assertThrows(NoSuchInstanceException.class, () -> engine.status("r5/1"));
      assertEquals("rival.method", engine.store().load("r5").orElseThrow().method());
    }
  }

  @Test
  void aBranchAnOlderVersionStoredBeforeItsParentCrashedIsKeptInsteadOfStartedAgain() {
    Path file = dir.resolve("store");
    OlderVersionWrites crashing = new OlderVersionWrites(H2Store.open(file), "insert r2");
    try (Engine engine = engine(crashing)) {
      assertThrows(StoreException.class, () -> Resumer.on(engine).startGuarded("r2", "order 2"));
      assertEquals(Status.WAITING, engine.status("r2/1").status()); // stored before the parent
      assertThrows(NoSuchInstanceException.class, () -> engine.status("r2"));
    }
    BranchFlows afterRestart = new BranchFlows();
    try (Engine engine = engine(H2Store.open(file), afterRestart)) {
      Resumer.on(engine).startGuarded("r2", "order 2");
      assertEquals(List.of(), afterRestart.asked, "the stored branch is kept, not run again");
      Resumer.on(engine).resume("r2/1", "bank", "ok");
      assertEquals("authorised 2", engine.status("r2").result());
    }
  }

  @Test
  void aBranchThatEndedAtOnceStillReachesAParentWhoseFirstTryAnOlderVersionLost() {
    Path file = dir.resolve("store");
    try (Engine engine = engine(new OlderVersionWrites(H2Store.open(file), "insert f"))) {
      assertThrows(StoreException.class, () -> Resumer.on(engine).startFulfil("f", "order 3"));
      assertEquals(30, engine.status("f/2").result()); // the charge ended at once
    }
    try (Engine engine = engine(H2Store.open(file))) {
      engine.fireDueTimers(); // settles the charge while its parent does not exist yet
      Resumer.on(engine).startFulfil("f", "order 3");
      Resumer.on(engine).resume("f/1", "stock", "shelf 1");
      // Past the join of the stock and of the charge: the charge's outcome reached it.
      assertEquals("branch \"f/3\"", engine.status("f").waitingFor());
    }
  }

  @Test
  void aBranchThatEndedBeforeItsParentWasToldTellsItWhenTheEngineSweepsAfterARestart() {
    Path file = dir.resolve("store");
    try (Engine engine = engine(new OlderVersionWrites(H2Store.open(file), "update r"))) {
      Resumer.on(engine).startGuarded("r", "order 1");
      Resumer.on(engine).resume("r/1", "bank", "yes");
      assertEquals(Status.COMPLETED, engine.status("r/1").status());
      assertEquals("branch \"r/1\"", engine.status("r").waitingFor());
      assertEquals(1, reported.size(), "the failed delivery is reported: " + reported);
    }
    try (Engine engine = engine(H2Store.open(file))) {
      assertTrue(engine.nextTimerDue().isPresent(), "the unsettled branch stays due");
      engine.fireDueTimers();
      assertEquals("authorised 3", engine.status("r").result());
      assertEquals(Optional.empty(), engine.nextTimerDue());
    }
  }

  @Test
  void aBranchWhoseCancellingWasCutShortIsCancelledByTheNextEngine() throws Exception {
    Store store = new FailsCommit(H2Store.open(dir.resolve("store")), "c/1", 2);
    try (Engine engine = engine(store)) {
      // The step that cancels c/1 commits; cancelling it then fails, as a crash would stop it.
      Resumer.on(engine).startCancelThenJoin("c", "order 5");
      assertEquals(Status.WAITING, engine.status("c/1").status());
      assertEquals(1, reported.size());
    }
    try (Engine engine = engine(H2Store.open(dir.resolve("store")))) {
      engine.fireDueTimers();

      assertEquals(Status.CANCELLED, engine.status("c/1").status());
      assertEquals("order 5: branch \"c/1\" was cancelled by instance \"c\", which started it",
          engine.status("c").result());
    }
  }

  private Engine engine(Store store) {
    return engine(store, new BranchFlows());
  }

  private Engine engine(Store store, BranchFlows flows) {
    return Engine.builder().store(store).receiver(BranchFlows.class, flows)
        .onError(reported::add).build();
  }

  /** Passes everything on to the file store; only its constructor and commit differ. */
  private abstract static class Delegating implements Store {
    final Store delegate;

    Delegating(Store delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<StoredInstance> load(String id) {
      return delegate.load(id);
    }

    @Override
    public List<String> claimDue(Instant now, int limit, String owner, Duration lease) {
      return delegate.claimDue(now, limit, owner, lease);
    }

    @Override
    public void releaseClaim(String id, String owner) {
      delegate.releaseClaim(id, owner);
    }

    @Override
    public List<String> waitingFor(String waitKey) {
      return delegate.waitingFor(waitKey);
    }

    @Override
    public Optional<Instant> nextDue() {
      return delegate.nextDue();
    }

    @Override
    public List<InstanceSummary> list(String status, String afterId, int limit) {
      return delegate.list(status, afterId, limit);
    }

    @Override
    public boolean delete(String id) {
      return delegate.delete(id);
    }

    @Override
    public int deleteFinished(Instant writtenBefore, int limit) {
      return delegate.deleteFinished(writtenBefore, limit);
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  /** Another engine on the same store, which writes an instance just before this one commits. */
  private static final class Rival extends Delegating {
    private String moveOn;
    private int movesLeft;
    private String insert;

    Rival(Store delegate) {
      super(delegate);
    }

    /** Writes {@code id} one revision on just before each of its next {@code times} commits. */
    void moveOnBeforeCommitsOf(String id, int times) {
      moveOn = id;
      movesLeft = times;
    }

    int movesLeft() {
      return movesLeft;
    }

    void insertBeforeNextCommitOf(String id) {
      insert = id;
    }

    @Override
    public void commit(ChangeSet changes) {
      if (movesLeft > 0 && changes.ids().contains(moveOn)) {
        StoredInstance now = delegate.load(moveOn).orElseThrow();
        delegate.update(nextRevision(now), now.revision());
        movesLeft--;
      }
      if (insert != null && changes.ids().contains(insert)) {
        delegate.insert(new StoredInstance(insert, "rival.method", "WAITING", 1, new byte[0]));
        insert = null;
      }
      delegate.commit(changes);
    }

    /** The same instance, one revision on, as a rival's step that changed nothing would store. */
    private static StoredInstance nextRevision(StoredInstance now) {
      try {
        InstanceRecord record = InstanceRecord.parseFrom(now.state());
        byte[] next = record.toBuilder().setRevision(record.getRevision() + 1).build()
            .toByteArray();
        return new StoredInstance(now.id(), now.method(), now.status(), now.revision() + 1,
            next, now.due(), now.waitKey());
      } catch (com.google.protobuf.InvalidProtocolBufferException e) {
        throw new AssertionError(e);
      }
    }
  }

  /** Fails the {@code nth} commit that writes instance {@code id}, as a crash before it would. */
  private static final class FailsCommit extends Delegating {
    private final String id;
    private int left;

    FailsCommit(Store delegate, String id, int nth) {
      super(delegate);
      this.id = id;
      this.left = nth;
    }

    @Override
    public void commit(ChangeSet changes) {
      if (changes.ids().contains(id) && --left == 0) {
        throw new StoreException("the process stopped before writing " + id);
      }
      delegate.commit(changes);
    }
  }

  /**
   * Writes as an older version did, one instance at a time, branches before the step that
   * started them, and stops at the first write named like "update r" as a crash would.
   */
  private static final class OlderVersionWrites extends Delegating {
    private String crashAt;

    OlderVersionWrites(Store delegate, String crashAt) {
      super(delegate);
      this.crashAt = crashAt;
    }

    private void maybeCrash(String write) {
      if (write.equals(crashAt)) {
        crashAt = null;
        throw new StoreException("the process stopped before " + write);
      }
    }

    @Override
    public void commit(ChangeSet changes) {
      for (StoredInstance instance : changes.inserts()) {
        maybeCrash("insert " + instance.id());
        delegate.insert(instance);
      }
      for (ChangeSet.Update update : changes.updates()) {
        maybeCrash("update " + update.instance().id());
        delegate.update(update.instance(), update.expectedRevision());
      }
    }
  }
}
