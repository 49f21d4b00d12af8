package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.Status;
import dev.resumable.store.Store;
import dev.resumable.store.StoreException;
import dev.resumable.store.StoredInstance;
import dev.resumable.store.h2.H2Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash between the commits that branches take — a branch stored but not its parent, a branch
 * ended but its parent not told — loses nothing: the real H2 file store, with one write made to
 * fail the way a crash would stop it, and a new engine on the file afterwards.
 */
class BranchRecoveryTest {

  @TempDir
  Path dir;

  private final List<Throwable> reported = new ArrayList<>();

  @Test
  void aStepRunAgainAfterACrashKeepsTheBranchesItStoredInsteadOfStartingThemAgain() {
    Path file = dir.resolve("store");
    CrashingStore crashing = new CrashingStore(H2Store.open(file), "insert r2");
    try (Engine engine = engine(crashing)) {
      assertThrows(StoreException.class, () -> Resumer.on(engine).startGuarded("r2", "order 2"));
      assertEquals(Status.WAITING, engine.status("r2/1").status()); // stored before the parent
      assertThrows(dev.resumable.NoSuchInstanceException.class, () -> engine.status("r2"));
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
  void aBranchThatEndedAtOnceStillReachesAParentWhoseFirstTryWasLost() {
    Path file = dir.resolve("store");
    try (Engine engine = engine(new CrashingStore(H2Store.open(file), "insert f"))) {
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
    try (Engine engine = engine(new CrashingStore(H2Store.open(file), "update r"))) {
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

  private Engine engine(Store store) {
    return engine(store, new BranchFlows());
  }

  private Engine engine(Store store, BranchFlows flows) {
    return Engine.builder().store(store).receiver(BranchFlows.class, flows)
        .onError(reported::add).build();
  }

  /** The file store, but the first write named like "update r" fails as a crash would stop it. */
  private static final class CrashingStore implements Store {
    private final Store delegate;
    private String crashAt;

    CrashingStore(Store delegate, String crashAt) {
      this.delegate = delegate;
      this.crashAt = crashAt;
    }

    private void maybeCrash(String write) {
      if (write.equals(crashAt)) {
        crashAt = null;
        throw new StoreException("the process stopped before " + write);
      }
    }

    @Override
    public Optional<StoredInstance> load(String id) {
      return delegate.load(id);
    }

    @Override
    public void insert(StoredInstance instance) {
      maybeCrash("insert " + instance.id());
      delegate.insert(instance);
    }

    @Override
    public void update(StoredInstance instance, long expectedRevision) {
      maybeCrash("update " + instance.id());
      delegate.update(instance, expectedRevision);
    }

    @Override
    public List<String> due(Instant now, int limit) {
      return delegate.due(now, limit);
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
    public void close() {
      delegate.close();
    }
  }
}
