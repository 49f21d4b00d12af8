package dev.resumable.testkit;

import dev.resumable.Arguments;
import dev.resumable.Engine;
import dev.resumable.Inspection;
import dev.resumable.NoSuchInstanceException;
import dev.resumable.Outcome;
import dev.resumable.store.h2.H2Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * A JUnit 5 extension that gives each test an engine on a fresh store, a virtual clock, restarts
 * on demand or at every suspension, and assertions on stored instances. Register it in an
 * instance field; the store is a file in a temporary directory, removed when the test ends.
 *
 * <pre>{@code
 * @RegisterExtension
 * final WorkflowTestKit kit = WorkflowTestKit.create()
 *     .receiver(OrderWorkflow.class, () -> new OrderWorkflow(notifier));
 *
 * @Test
 * void shipsAfterPayment() {
 *   Resumer.on(kit.engine()).startFulfil("order-42", "42", items);
 *   Resumer.on(kit.engine()).resume("order-42", "payment", payment);
 *   kit.restart();
 *   kit.assertThat("order-42").isWaitingForEvent("parcel");
 * }
 * }</pre>
 *
 * <p>Take the engine from {@link #engine()} for every call rather than keeping it, or a {@code
 * Resumer} built on it, in a variable: a restart replaces the engine, and the old one refuses
 * further use with a message saying so.
 */
public final class WorkflowTestKit implements BeforeEachCallback, AfterEachCallback,
    AutoCloseable {

  /** Where the clock stands when a test begins, unless {@link #startingAt} says otherwise. */
  public static final Instant DEFAULT_START = Instant.parse("2030-01-01T00:00:00Z");

  private final Map<Class<?>, Supplier<?>> receivers = new LinkedHashMap<>();
  private final List<Consumer<Engine.Builder>> configurations = new ArrayList<>();
  private final VirtualClock clock = new VirtualClock(DEFAULT_START);
  private Instant start = DEFAULT_START;
  private boolean restartAtEverySuspension;
  private boolean inTest;
  private StoreDirectory directory;
  private Incarnation incarnation;
  private int restarts;

  private WorkflowTestKit() {}

  /** A kit with no receivers, whose clock starts at {@link #DEFAULT_START}. */
  public static WorkflowTestKit create() {
    return new WorkflowTestKit();
  }

  /**
   * Registers how to make the object {@code type}'s instance {@code @Resumable} methods run on.
   * Every engine the kit builds, after each restart too, gets a new one, as a new JVM would; keep
   * what must outlive a restart (a fake mailbox, say) outside and let the supplier capture it.
   * Registering while an engine runs restarts it, so that the receiver is there at once.
   */
  public synchronized <T> WorkflowTestKit receiver(Class<T> type, Supplier<? extends T> supplier) {
    receivers.put(Arguments.notNull(type, "type"), Arguments.notNull(supplier, "supplier"));
    if (incarnation != null) {
      restart();
    }
    return this;
  }

  /**
   * Configures every engine the kit builds, after each restart too, as the application's own
   * set-up would, e.g. {@code kit.configure(b -> b.updateValidator("add", validator))}. The kit
   * sets the store, the clock and the receivers itself, after this has run.
   */
  public synchronized WorkflowTestKit configure(Consumer<Engine.Builder> configuration) {
    configurations.add(Arguments.notNull(configuration, "configuration"));
    if (incarnation != null) {
      restart();
    }
    return this;
  }

  /** Where the clock stands when each test begins; only before the kit is first used. */
  public synchronized WorkflowTestKit startingAt(Instant start) {
    if (directory != null) {
      throw new IllegalStateException("set the start of the clock before the kit is first used");
    }
    this.start = Arguments.notNull(start, "start");
    clock.resetTo(start);
    return this;
  }

  /**
   * Makes every suspension a restart: each step of each instance runs on a new engine, with new
   * receivers, from what the store holds alone. State that does not survive persistence, such
   * as a receiver's field written before a wait and read after it, then shows up in ordinary
   * tests. In this mode {@link #engine()} restarts first whenever the engine it handed out
   * last has stored a step, {@link #advance} restarts between two timers, and an engine that
   * is kept and used for a second step refuses with a message saying what to do instead.
   */
  public synchronized WorkflowTestKit restartingAtEverySuspension() {
    this.restartAtEverySuspension = true;
    if (incarnation != null) {
      restart();
    }
    return this;
  }

  /**
   * The engine to make the next call on, e.g. {@code Resumer.on(kit.engine()).resume(...)}. The
   * kit closes it; it stops working when the kit restarts. When restarting at every suspension,
   * this restarts first if the engine it handed out last has stored a step.
   */
  public synchronized Engine engine() {
    return incarnationForNextStep().engine();
  }

  /**
   * Drops the engine with every Java object it and its instances hold, including receivers, and
   * builds a new one on the same store file: what a new JVM would do. Only what was committed
   * to the store survives.
   */
  public synchronized void restart() {
    if (incarnation != null) {
      incarnation.end("the kit restarted, which dropped it and every object it held");
      incarnation = null;
      restarts++;
    }
    current();
  }

  /**
   * A restart after {@code downtime} in which no engine ran: the engine is dropped, the clock
   * moves on without firing anything, and a new engine is built. What came due meanwhile is
   * overdue then, and fires at the next {@link #advance} ({@code advance(Duration.ZERO)} fires
   * it at once), as an engine's first sweep would after such a pause.
   */
  public synchronized void restartAfter(Duration downtime) {
    if (Arguments.notNull(downtime, "downtime").isNegative()) {
      throw new IllegalArgumentException("the clock cannot go back (downtime " + downtime + ")");
    }
    if (incarnation != null) {
      incarnation.end("the kit restarted, which dropped it and every object it held");
      incarnation = null;
      restarts++;
    }
    clock.moveTo(clock.instant().plus(downtime));
    current();
  }

  /** How many times the engine has been replaced by a new one in this test. */
  public synchronized int restarts() {
    return restarts;
  }

  /**
   * Removes the store with everything in it; the next call starts on an empty one. For a test
   * that runs several independent scenarios. The clock and the count of restarts go on.
   */
  public synchronized void reset() {
    dropEngineAndStore();
  }

  /** The virtual clock: pass it to application code that must tell the same time as timers. */
  public Clock clock() {
    return clock;
  }

  public Instant now() {
    return clock.instant();
  }

  /**
   * Moves the clock forward by {@code duration}, firing every timer due by then at its due time,
   * earliest first, including timers set by the firing of earlier ones; then leaves the clock at
   * the end. Nothing sleeps. Returns how many timers fired.
   */
  public synchronized int advance(Duration duration) {
    if (Arguments.notNull(duration, "duration").isNegative()) {
      throw new IllegalArgumentException("the clock cannot go back (advance by " + duration + ")");
    }
    return advanceTo(clock.instant().plus(duration));
  }

  /** Moves the clock forward to {@code moment}; see {@link #advance}. */
  public synchronized int advanceTo(Instant moment) {
    if (Arguments.notNull(moment, "moment").isBefore(clock.instant())) {
      throw new IllegalArgumentException("the clock stands at " + clock.instant()
          + " and cannot go back to " + moment);
    }
    int fired = 0;
    while (true) {
      // Looking needs no restart; firing does, in auto-restart mode, so it is left to the step.
      Optional<Instant> due = current().engine().nextTimerDue();
      if (due.isEmpty() || due.get().isAfter(moment)) {
        break;
      }
      if (due.get().isAfter(clock.instant())) {
        clock.moveTo(due.get());
      }
      Incarnation firing = incarnationForNextStep();
      int firedNow = firing.engine().fireDueTimers();
      firing.rethrowTimerErrors();
      if (firedNow == 0) {
        // Without this the loop would find the same timer due again, forever.
        throw new IllegalStateException("a timer due at " + due.get() + " did not fire");
      }
      fired += firedNow;
    }
    clock.moveTo(moment);
    return fired;
  }

  /** The instance's outcome as stored, without running anything. */
  public synchronized Outcome<?> status(String id) {
    return current().engine().status(id);
  }

  /** The instance's suspended stack as stored; its {@code toString} reads like a stack trace. */
  public synchronized Inspection inspect(String id) {
    return current().engine().inspect(id);
  }

  /**
   * Assertions on the instance {@code id} as stored now, e.g. {@code
   * kit.assertThat("order-42").isWaitingForEvent("payment").hasInbox("parcel")}.
   */
  public synchronized InstanceAssert assertThat(String id) {
    Arguments.id(id);
    Outcome<?> outcome;
    try {
      outcome = current().engine().status(id);
    } catch (NoSuchInstanceException e) {
      throw new AssertionFailedError("no instance \"" + id + "\" is stored in this test's store;"
          + " start it first, or check the id");
    }
    return new InstanceAssert(outcome, () -> report(outcome));
  }

  private synchronized String report(Outcome<?> outcome) {
    return InstanceReport.of(current().engine(), outcome);
  }

  /** The receiver of {@code type} that the current engine runs instance methods on. */
  public synchronized <T> T receiverOf(Class<T> type) {
    Arguments.notNull(type, "type");
    return current().engine().receiverOf(type);
  }

  /** The H2 file of this test's store; it is removed when the test ends. */
  public synchronized Path storeFile() {
    Path base = storeDirectory().storeFile();
    return base.resolveSibling(base.getFileName() + H2Store.FILE_SUFFIX);
  }

  @Override
  public synchronized void beforeEach(ExtensionContext context) {
    if (inTest) {
      throw new IllegalStateException("this WorkflowTestKit is in use by another test running at"
          + " the same time; register it in an instance field, not a static one, so that every"
          + " test gets its own");
    }
    inTest = true;
    clock.resetTo(start);
    restarts = 0;
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    try {
      close();
    } finally {
      inTest = false;
    }
  }

  /** Closes the engine and removes the store; for use without JUnit, e.g. in try-with-resources. */
  @Override
  public synchronized void close() {
    dropEngineAndStore();
  }

  private void dropEngineAndStore() {
    if (incarnation != null) {
      incarnation.end("the test's store was removed");
      incarnation = null;
    }
    if (directory != null) {
      StoreDirectory removed = directory;
      directory = null;
      removed.remove();
    }
  }

  /** The engine for a step: in auto-restart mode, a new one once the last one stored a step. */
  private Incarnation incarnationForNextStep() {
    if (restartAtEverySuspension && incarnation != null && !incarnation.isClosed()
        && incarnation.storedAStep()) {
      restart();
    }
    return current();
  }

  private Incarnation current() {
    if (incarnation != null && incarnation.isClosed()) {
      // The test closed the engine; carry on as an application would after closing it.
      incarnation = null;
      restarts++;
    }
    if (incarnation == null) {
      incarnation = Incarnation.begin(storeDirectory().storeFile(), clock, configurations,
          receivers,
          restartAtEverySuspension);
    }
    return incarnation;
  }

  private StoreDirectory storeDirectory() {
    if (directory == null) {
      directory = StoreDirectory.create();
    }
    return directory;
  }

  @Override
  public String toString() {
    return "WorkflowTestKit[" + clock.instant()
        + (restartAtEverySuspension ? ", restarting at every suspension" : "") + "]";
  }
}
