package dev.resumable;

import dev.resumable.codec.Codec;
import dev.resumable.codec.CodecException;
import dev.resumable.codec.Codecs;
import dev.resumable.machine.BranchOutcome;
import dev.resumable.machine.Frame;
import dev.resumable.machine.FrameCatalog;
import dev.resumable.machine.FrameRegistry;
import dev.resumable.machine.FrameType;
import dev.resumable.machine.Machine;
import dev.resumable.machine.PayloadTypes;
import dev.resumable.machine.RestoreException;
import dev.resumable.machine.Step;
import dev.resumable.machine.StoredDataException;
import dev.resumable.machine.SuspensionPoint;
import dev.resumable.proto.AllOfWait;
import dev.resumable.proto.EventWait;
import dev.resumable.proto.InboxEvent;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.WaitCondition;
import dev.resumable.store.InstanceExistsException;
import dev.resumable.store.Store;
import dev.resumable.store.StoredInstance;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Starts, resumes and reports workflow instances against a store. Every call that changes an
 * instance commits durably before it returns. Application code usually reaches it through the
 * generated {@code Resumer} of its package, which adds typed start methods.
 *
 * <p>Every public method checks its arguments before it takes a lock or reads the store, and
 * refuses a bad one with an {@link IllegalArgumentException} naming the parameter (ids: see
 * {@link InstanceIds}; payloads are never null). A stored instance is run only once it is
 * checked (it names its own row, its wait fits its frames); one that fails is an {@link
 * UnreadableInstanceException}, and a call either commits and returns or throws and commits
 * nothing.
 */
public final class Engine implements AutoCloseable {

  private final Store store;
  private final FrameRegistry registry;
  private final Map<Class<?>, Object> receivers;
  private final Clock clock;
  private final InstanceRecords records;
  private final Consumer<Throwable> errors;
  private final Duration timerPollInterval;
  private final InstanceLocks locks;
  private final StoredRecordChecker checker;
  private final Inspector inspector;
  private final Quarantine quarantine;
  private final TimerSweep timerSweep;
  private final Branches branches = new Branches(this);

  static {
    // A cancelled branch is rethrown at its join as what it is, whatever the joining code names.
    dev.resumable.codec.ExceptionTypes.register(CancelledException.class);
  }
  private ScheduledExecutorService timers;
  private final int workerThreads;
  private ExecutorService workers;
  private final CallGate gate;

  private Engine(Builder builder) {
    this.store = builder.store != null ? builder.store : EmbeddedStore.openDefault();
    this.registry = FrameRegistry.discover(builder.classLoader);
    builder.catalogs.forEach(registry::register);
    this.receivers = Map.copyOf(builder.receivers);
    this.clock = builder.clock;
    this.records = new InstanceRecords(registry, clock);
    this.errors = builder.errors;
    this.timerPollInterval = builder.timerPollInterval;
    this.gate = new CallGate(builder.afterCall, builder.onClosing);
    this.workerThreads = builder.workerThreads;
    this.locks = InstanceLocks.of(store);
    this.checker = new StoredRecordChecker(registry);
    this.inspector = new Inspector(registry, records);
    this.quarantine = new Quarantine(errors);
    this.timerSweep = new TimerSweep(store, clock, quarantine, builder.claimLease);
  }

  /**
   * An engine on the embedded store at its default location (see {@link
   * dev.resumable.store.h2.H2Store#openDefault}).
   */
  public static Engine open() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts {@code entry} as a new instance under {@code id} and runs it to its first wait or to
   * its end. Called by generated {@code Resumer} methods, which build the entry frame.
   *
   * @throws InstanceExistsException if an instance with this id exists; it is left unchanged
   */
  public <R> Outcome<R> start(String id, Frame entry) {
    Arguments.id(id);
    Arguments.notNull(entry, "entry");
    @SuppressWarnings("unchecked") // the entry frame's method returns R
    Outcome<R> outcome = (Outcome<R>) onInstance(id, () -> startLocked(id, entry));
    return outcome;
  }

  private Outcome<?> startLocked(String id, Frame entry) {
    if (store.load(id).isPresent()) {
      throw new InstanceExistsException(id);
    }
    FrameType type = Machine.typeOf(entry);
    List<InboxEvent> inbox = new ArrayList<>();
    Machine.Run run = Machine.start(entry, inbox, clock, branching(id, 0));
    InstanceRecord record = records.afterRun(records.newRecord(id, type), run, inbox, type);
    StepChanges changes = new StepChanges();
    branches.start(run, changes);
    changes.insert(record); // insert-if-absent: a start racing this one on another engine fails
    commit(changes);
    return records.outcome(record, run);
  }

  /**
   * Delivers {@code payload} to the event the instance waits for now, runs it to its next wait or
   * to its end, and commits.
   */
  public Outcome<?> resume(String id, Object payload) {
    Arguments.id(id);
    Arguments.payload(payload);
    return onInstance(id, () -> {
      InstanceRecord record = loadWaiting(id);
      WaitCondition wait = record.getWait();
      String awaited = wait.hasEvent() ? wait.getEvent().getName()
          : wait.hasFirst() && wait.getFirst().getEventsCount() == 1
              ? wait.getFirst().getEvents(0).getName() : null;
      if (awaited != null && !BranchOutcome.isOutcomeEvent(awaited)) {
        return deliver(record, awaited, payload);
      }
      throw new UnexpectedEventException("instance \"" + id + "\" waits for "
          + InstanceRecords.waitingFor(record)
          + (wait.hasTimer() ? ", which fires by itself"
              : awaited != null ? ", which tells it how it ended by itself" : "")
          + "; name the event to deliver or to keep in its inbox; nothing was changed");
    });
  }

  /**
   * Delivers the event {@code name}. If the instance waits for it, it runs on to its next wait or
   * its end; otherwise the event is kept in the instance's inbox for the first wait that asks
   * for it. Either way the change is committed before this returns.
   */
  public Outcome<?> resume(String id, String name, Object payload) {
    Arguments.id(id);
    Arguments.eventName(name);
    Arguments.payload(payload);
    return onInstance(id, () -> deliver(loadWaiting(id), name, payload));
  }

  /**
   * Delivers an event that carries an id: if the instance applied an event with this id
   * recently, nothing happens and its current outcome is returned, so an event sent twice (a
   * retry after a lost reply, say) is applied once. The last {@value #REMEMBERED_EVENT_IDS} ids
   * are remembered per instance.
   */
  public Outcome<?> resume(String id, String name, Object payload, String eventId) {
    Arguments.id(id);
    Arguments.eventName(name);
    Arguments.payload(payload);
    Arguments.text(eventId, "eventId");
    return onInstance(id, () -> {
      InstanceRecord record = decode(load(id));
      if (record.getAppliedEventIdsList().contains(eventId)) {
        return records.outcome(record, null);
      }
      if (InstanceRecords.status(record) != Status.WAITING) {
        throw new InstanceFinishedException(id, InstanceRecords.status(record));
      }
      return deliverOnce(record, name, payload, eventId);
    });
  }

  Outcome<?> deliverOnce(InstanceRecord record, String name, Object payload,
      String eventId) {
    InstanceRecord remembered = record.toBuilder().clearAppliedEventIds()
        .addAllAppliedEventIds(lastIds(record, eventId)).build();
    return deliver(remembered, name, payload);
  }

  private static final int REMEMBERED_EVENT_IDS = 256;

  private static List<String> lastIds(InstanceRecord record, String eventId) {
    List<String> ids = new ArrayList<>(record.getAppliedEventIdsList());
    ids.add(eventId);
    return ids.subList(Math.max(0, ids.size() - REMEMBERED_EVENT_IDS), ids.size());
  }

  /**
   * Delivers the event {@code name} to the instance that waits for it under correlation
   * {@code key} (see {@link Await#event(String, String, Class)}). The store's index only names
   * candidates: an instance gets the event only if its stored wait is for this very event and
   * key, so an index entry that is out of date (or a name and key that index like another pair)
   * never puts the event in the wrong instance.
   *
   * @throws UnexpectedEventException if no instance (or more than one) waits for that event and
   *     key; nothing is kept
   */
  public Outcome<?> signal(String name, String key, Object payload) {
    Arguments.eventName(name);
    Arguments.text(key, "key");
    Arguments.payload(payload);
    return whileOpen(() -> {
      List<String> waiting = quarantine.readableOf(
          store.waitingFor(InstanceRecords.waitKey(name, key)), store, checker,
          record -> InstanceRecords.waitsFor(record, name, key));
      if (waiting.size() > 1) {
        throw new UnexpectedEventException("instances " + waiting + " all wait for event \"" + name
            + "\" with key \"" + key + "\"; a key must address one instance; nothing was changed");
      }
      if (waiting.isEmpty()) {
        throw nobodyWaits(name, key);
      }
      return onInstance(waiting.get(0), () -> {
        InstanceRecord record = decode(load(waiting.get(0)));
        if (!InstanceRecords.waitsFor(record, name, key)) {
          throw nobodyWaits(name, key); // it moved on since the candidates were read
        }
        return deliver(record, name, payload);
      });
    });
  }

  private static UnexpectedEventException nobodyWaits(String name, String key) {
    return new UnexpectedEventException("no instance waits for event \"" + name + "\" with key"
        + " \"" + key + "\"; deliver it by instance id to keep it in an inbox until it is"
        + " awaited; nothing was changed");
  }

  /**
   * Delivers the event on one of the engine's worker threads and returns at once; the future
   * completes with the outcome once the step has committed, or with the exception {@link
   * #resume(String, String, Object)} would throw. Resumes of different instances run in
   * parallel; those of one instance one after another. Calls queued when the engine closes
   * complete with its "closed" exception; the step in progress finishes and commits.
   */
  public CompletableFuture<Outcome<?>> resumeAsync(String id, String name,
      Object payload) {
    Arguments.id(id);
    Arguments.eventName(name);
    Arguments.payload(payload);
    return CompletableFuture.supplyAsync(() -> resume(id, name, payload),
        workers());
  }

  /** {@link #resumeAsync(String, String, Object)} for an event with an id, applied once. */
  public CompletableFuture<Outcome<?>> resumeAsync(String id, String name,
      Object payload, String eventId) {
    Arguments.id(id);
    Arguments.eventName(name);
    Arguments.payload(payload);
    Arguments.text(eventId, "eventId");
    return CompletableFuture.supplyAsync(
        () -> resume(id, name, payload, eventId), workers());
  }

  private synchronized ExecutorService workers() {
    if (gate.isClosed()) {
      throw CallGate.closedEngine();
    }
    if (workers == null) {
      AtomicInteger count = new AtomicInteger();
      workers = Executors.newFixedThreadPool(workerThreads, r -> {
        Thread thread = new Thread(r, "resumable-worker-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
    }
    return workers;
  }

  /**
   * Cancels a waiting instance: its current wait throws {@link CancelledException}, so its
   * finally blocks run (and may even wait), and an instance that ends by it is
   * {@link Status#CANCELLED}.
   */
  public Outcome<?> cancel(String id) {
    Arguments.id(id);
    return onInstance(id, () -> interrupt(loadWaiting(id),
        new CancelledException("instance \"" + id + "\" was cancelled")));
  }

  /** Throws {@code thrown} where the instance waits, runs it on from there, and commits. */
  Outcome<?> interrupt(InstanceRecord record, Throwable thrown) {
    List<InboxEvent> inbox = new ArrayList<>(record.getInboxList());
    Machine.Stack stack = restore(record);
    Machine.Run run = ofStoredData(record.getId(), () -> Machine.interrupt(stack, thrown, inbox,
        clock, branching(record.getId(), record.getBranchesStarted())));
    return commit(record, run, inbox);
  }

  /**
   * Fires every timer that is due by the engine's clock, earliest first, each resuming its
   * instance and committing; returns how many fired. Called by the engine's timer thread once
   * {@link #start() started}, and by tests that move a virtual clock.
   */
  public int fireDueTimers() {
    return whileOpen(() -> timerSweep.run(this::fireTimer,
        () -> branches.settleEnded().failed()));
  }

  /** When the earliest pending timer is due, by which a virtual clock can step. */
  public Optional<Instant> nextTimerDue() {
    return store.nextDue();
  }

  /** Resumes {@code id} if it still waits for a timer that is due; false if it no longer does. */
  private boolean fireTimer(String id) {
    synchronized (lockFor(id)) {
      InstanceRecord record = decode(load(id));
      Instant due = InstanceRecords.due(record);
      if (InstanceRecords.status(record) != Status.WAITING && record.getSettlementPending()) {
        branches.noteEnded(id); // what an earlier run could not finish before a crash
        return false;
      }
      if (InstanceRecords.status(record) != Status.WAITING || due == null
          || due.isAfter(clock.instant())) {
        return false;
      }
      if (record.getWait().hasAll()) {
        settleAll(record, record.getWait().getAll().toBuilder().setTimerFired(true).build());
        return true;
      }
      Object fired = record.getWait().hasFirst()
          ? new Fired(record.getWait().getFirst().getTimerName(), null)
          : null;
      continueWith(record, restore(record), fired);
      return true;
    }
  }

  /**
   * Starts the engine's timer thread, which fires due timers as they come due (and at once those
   * that became due while no engine ran). {@link #close()} stops it.
   */
  public synchronized Engine start() {
    if (timers == null) {
      timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "resumable-timers");
        thread.setDaemon(true);
        return thread;
      });
      timers.scheduleWithFixedDelay(this::fireDueTimersQuietly, 0,
          timerPollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }
    return this;
  }

  private void fireDueTimersQuietly() {
    try {
      fireDueTimers();
    } catch (RuntimeException e) {
      errors.accept(e);
    }
  }

  /** The lock that keeps two calls on one instance from interleaving in this engine. */
  Object lockFor(String id) {
    return locks.lockFor(id);
  }

  /**
   * The instance as stored, without running anything: status, what it waits for and since when,
   * and its suspended stack with each frame's line and stored locals.
   */
  public Inspection inspect(String id) {
    Arguments.id(id);
    return whileOpen(() -> {
      InstanceRecord record;
      try {
        record = decode(load(id));
      } catch (UnreadableInstanceException e) {
        return Inspection.unreadable(id, e);
      }
      return inspector.inspect(record);
    });
  }

  /** The instance's current outcome, without running anything. */
  public Outcome<?> status(String id) {
    Arguments.id(id);
    return whileOpen(() -> {
      try {
        return records.outcome(decode(load(id)), null);
      } catch (UnreadableInstanceException e) {
        return Outcome.unreadable(id, e);
      }
    });
  }

  /**
   * Makes a package's state machines known, in addition to those discovered as services. The
   * generated {@code Resumer} registers its own package's catalog.
   */
  public void register(FrameCatalog catalog) {
    registry.register(Arguments.notNull(catalog, "catalog"));
  }

  /** The store this engine commits to. */
  public Store store() {
    return store;
  }

  /**
   * Shuts down gracefully: new calls are refused at once, the timer thread stops, steps already
   * running finish and commit, and then the store closes. Nothing committed is lost, and a step
   * that could not commit leaves the instance as it was before it.
   */
  @Override
  public void close() {
    gate.refuseNewCalls();
    synchronized (this) {
      timers = stop(timers);
      workers = stop(workers); // queued calls are refused as they come up; running ones finish
    }
    gate.closeAfterCallsInProgress(() -> {
      locks.release();
      store.close();
    });
  }

  private static <E extends ExecutorService> E stop(E threads) {
    if (threads != null) {
      threads.shutdown();
      try {
        threads.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return null;
  }

  private <T> T whileOpen(Supplier<T> call) {
    return gate.whileOpen(call);
  }

  private Outcome<?> deliver(InstanceRecord record, String name, Object payload) {
    String id = record.getId();
    WaitCondition wait = record.getWait();
    if (wait.hasAll()) {
      return collect(record, name, payload);
    }
    if (wait.hasFirst()) {
      EventWait match = wait.getFirst().getEventsList().stream()
          .filter(e -> e.getName().equals(name)).findFirst().orElse(null);
      if (match == null) {
        return keepInInbox(record, name, payload);
      }
      if (!PayloadTypes.isNamed(match.getType(), payload)) {
        throw wrongPayload(id, name, match.getType(), payload);
      }
      return continueWith(record, restore(record), new Fired(name, payload));
    }
    if (!wait.hasEvent() || !name.equals(wait.getEvent().getName())) {
      return keepInInbox(record, name, payload);
    }
    Machine.Stack stack = restore(record);
    SuspensionPoint point = stack.innermostPoint();
    if (point.eventType() == null || !PayloadTypes.accepts(point.eventType(), payload)) {
      throw wrongPayload(id, name, point.eventType().getName(), payload);
    }
    return continueWith(record, stack, payload);
  }

  /**
   * An event for an all-of wait: kept in the wait's slot for it, and once every event has arrived
   * and the timer, if any, has fired, the instance runs on with all of them.
   */
  private Outcome<?> collect(InstanceRecord record, String name, Object payload) {
    AllOfWait all = record.getWait().getAll();
    int slot = -1;
    for (int i = 0; i < all.getEventsCount() && slot < 0; i++) {
      if (!all.getArrived(i) && all.getEvents(i).getName().equals(name)) {
        slot = i;
      }
    }
    if (slot < 0) {
      return keepInInbox(record, name, payload);
    }
    if (!PayloadTypes.isNamed(all.getEvents(slot).getType(), payload)) {
      throw wrongPayload(record.getId(), name, all.getEvents(slot).getType(), payload);
    }
    if (payload instanceof BranchOutcome outcome && outcome.failed()) {
      return continueWith(record, restore(record), outcome); // joinAll fails at the first failure
    }
    Codec<Object> codec;
    try {
      codec = Codecs.forType(payload.getClass());
    } catch (CodecException e) {
      throw new UnexpectedEventException("event \"" + name + "\" for instance \""
          + record.getId() + "\" cannot be kept until the other events arrive: "
          + e.getMessage() + "; nothing was changed", e);
    }
    AllOfWait updated = all.toBuilder().setReceived(slot, codec.encode(payload))
        .setArrived(slot, true).build();
    return settleAll(record, updated);
  }

  /** Runs on if {@code all} is complete; otherwise stores how far it has got. */
  private Outcome<?> settleAll(InstanceRecord record, AllOfWait all) {
    InstanceRecord progressed = record.toBuilder()
        .setWait(WaitCondition.newBuilder().setAll(all)).build();
    boolean complete = all.getTimerFired() && all.getArrivedList().stream().allMatch(a -> a);
    if (complete) {
      List<dev.resumable.proto.Value> values = new ArrayList<>(all.getReceivedList());
      return continueWith(progressed, restore(record), new Step.Collected(values));
    }
    InstanceRecord next = progressed.toBuilder().setRevision(record.getRevision() + 1)
        .setUpdatedAtEpochMillis(clock.millis()).build();
    store.update(stored(next), record.getRevision());
    return records.outcome(next, null);
  }

  /** Runs the restored stack on from where it waited, with {@code payload}, and commits. */
  private Outcome<?> continueWith(InstanceRecord record, Machine.Stack stack, Object payload) {
    List<InboxEvent> inbox = new ArrayList<>(record.getInboxList());
    Machine.Run run = ofStoredData(record.getId(), () -> Machine.resume(stack, payload, inbox,
        clock, branching(record.getId(), record.getBranchesStarted())));
    return commit(record, run, inbox);
  }

  /**
   * Runs a restored instance on. Stored data it needs on the way (an event from the inbox, a
   * branch's outcome) that cannot be decoded ends the call with nothing committed.
   */
  private static Machine.Run ofStoredData(String id, Supplier<Machine.Run> run) {
    try {
      return run.get();
    } catch (StoredDataException e) {
      throw new UnreadableInstanceException(id, e.getMessage(), false, e);
    }
  }

  /**
   * Commits a run of a stored instance: the instance and the branches it started, each run to its
   * first wait, in one change set.
   */
  private Outcome<?> commit(InstanceRecord record, Machine.Run run, List<InboxEvent> inbox) {
    FrameType entry = registry.find(record.getEntryMethod());
    InstanceRecord next = records.afterRun(record.toBuilder(), run, inbox, entry);
    StepChanges changes = new StepChanges();
    branches.start(run, changes);
    changes.update(next, record.getRevision());
    commit(changes);
    return records.outcome(next, run);
  }

  /** Commits {@code changes} at once, then notes what ended in them for settling. */
  private void commit(StepChanges changes) {
    store.commit(changes.changeSet());
    branches.noteEnded(changes);
  }

  private static UnexpectedEventException wrongPayload(String id, String name, String type,
      Object payload) {
    return new UnexpectedEventException("instance \"" + id + "\" waits for event \"" + name
        + "\" of type " + type + ", but the payload is "
        + (payload == null ? "null" : "a " + payload.getClass().getName())
        + "; nothing was changed");
  }

  private Outcome<?> keepInInbox(InstanceRecord record, String name, Object payload) {
    if (payload == null) {
      throw new UnexpectedEventException("event \"" + name + "\" for instance \""
          + record.getId() + "\" has a null payload and nothing waits for it yet; an event kept"
          + " for later needs a payload; nothing was changed");
    }
    Codec<Object> codec;
    try {
      codec = Codecs.forType(payload.getClass());
    } catch (CodecException e) {
      throw new UnexpectedEventException("event \"" + name + "\" for instance \""
          + record.getId() + "\" arrived before anything waits for it and cannot be kept: "
          + e.getMessage() + "; nothing was changed", e);
    }
    InstanceRecord next = records.withInboxEvent(record, name, payload, codec);
    store.update(stored(next), record.getRevision());
    return records.outcome(next, null);
  }

  /**
   * Runs a call on one instance under its lock, then settles what ended meanwhile (outside the
   * lock, since settling takes other instances' locks). If settling moved the instance on, as a
   * parent whose branches ended at once is, the outcome reported is the one it has now.
   */
  private Outcome<?> onInstance(String id, Supplier<Outcome<?>> call) {
    return whileOpen(() -> {
      Outcome<?> outcome;
      synchronized (lockFor(id)) {
        outcome = call.get();
      }
      return branches.settleEnded().any() ? records.outcome(loadRecord(id), null) : outcome;
    });
  }

  dev.resumable.machine.Branching branching(String id, int startedBefore) {
    return new dev.resumable.machine.Branching(id, startedBefore, registry);
  }

  InstanceRecord loadRecord(String id) {
    return decode(load(id));
  }

  void update(InstanceRecord next, long expectedRevision) {
    store.update(stored(next), expectedRevision);
  }

  Clock clock() {
    return clock;
  }

  InstanceRecords records() {
    return records;
  }

  void reportError(Throwable e) {
    errors.accept(e);
  }

  private Machine.Stack restore(InstanceRecord record) {
    try {
      return Machine.restore(record.getFramesList(), record.getObjectsList(), registry,
          this::receiver);
    } catch (RestoreException e) {
      throw new UnreadableInstanceException(record.getId(), e.getMessage(), e.incompatible(), e);
    }
  }

  private InstanceRecord loadWaiting(String id) {
    InstanceRecord record = decode(load(id));
    Status status = InstanceRecords.status(record);
    if (status != Status.WAITING) {
      throw new InstanceFinishedException(id, status);
    }
    return record;
  }

  private StoredInstance load(String id) {
    return store.load(id).orElseThrow(() -> new NoSuchInstanceException(id));
  }

  /** The record stored in {@code stored}, trusted only once checked. */
  InstanceRecord decode(StoredInstance stored) {
    return checker.read(stored);
  }

  StoredInstance stored(InstanceRecord record) {
    return StepChanges.stored(record);
  }

  private <T> T receiver(Class<T> type) {
    Object receiver = receivers.get(type);
    if (receiver == null) {
      throw new MissingReceiverException(type);
    }
    return type.cast(receiver);
  }

  /** For generated code: the registered object that {@code type}'s methods run on. */
  public <T> T receiverOf(Class<T> type) {
    return receiver(Arguments.notNull(type, "type"));
  }

  /** Configures an engine: its store, receivers, clock and catalogs. */
  public static final class Builder {
    private Store store;
    private final Map<Class<?>, Object> receivers = new LinkedHashMap<>();
    private final List<FrameCatalog> catalogs = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private ClassLoader classLoader = Engine.class.getClassLoader();
    private Consumer<Throwable> errors = e -> e.printStackTrace();
    private Duration timerPollInterval = Duration.ofMillis(100);
    private Runnable afterCall = () -> {};
    private Runnable onClosing = () -> {};
    private int workerThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
    private Duration claimLease = Duration.ofMinutes(1);

    private Builder() {}

    /** The store to use; by default the embedded H2 file store at its default location. */
    public Builder store(Store store) {
      this.store = Arguments.notNull(store, "store");
      return this;
    }

    /** Uses the embedded H2 file store at {@code file}. */
    public Builder storeFile(Path file) {
      return store(EmbeddedStore.openFile(Arguments.notNull(file, "file")));
    }

    /**
     * Registers the object that {@code type}'s instance {@code @Resumable} methods run on. Its
     * fields are not persisted: after a restart, resumed frames run on the object registered then.
     */
    public <T> Builder receiver(Class<T> type, T receiver) {
      Arguments.notNull(type, "type");
      receivers.put(type, type.cast(Arguments.notNull(receiver, "receiver")));
      return this;
    }

    /** The clock timers are measured by; a test can pass one it moves itself. */
    public Builder clock(Clock clock) {
      this.clock = Arguments.notNull(clock, "clock");
      return this;
    }

    /** How often the timer thread looks for due timers (an indexed query); 100 ms by default. */
    public Builder timerPollInterval(Duration interval) {
      if (Arguments.notNull(interval, "interval").isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("interval must be positive, not " + interval);
      }
      this.timerPollInterval = interval;
      return this;
    }

    /**
     * How long a due timer (or an ended instance to settle) that this engine claimed stays its
     * own: engines sharing a store leave it alone meanwhile, and if this engine dies, another
     * takes it over once the lease has run out. One minute by default; it must outlast a step.
     */
    public Builder claimLease(Duration lease) {
      if (Arguments.notNull(lease, "lease").isNegative() || lease.isZero()) {
        throw new IllegalArgumentException("lease must be positive, not " + lease);
      }
      this.claimLease = lease;
      return this;
    }

    /**
     * Receives failures of work the engine does by itself, such as a due timer whose instance
     * cannot be read; by default they are printed to standard error.
     */
    public Builder onError(Consumer<Throwable> handler) {
      this.errors = Arguments.notNull(handler, "handler");
      return this;
    }

    /** How many threads run {@code resumeAsync} calls; by default one per processor, at least 2. */
    public Builder workerThreads(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("an engine needs at least one worker thread, not "
            + count);
      }
      this.workerThreads = count;
      return this;
    }

    /**
     * Runs after each call on the engine has returned or thrown (one call may commit several
     * instances: a step, the branches it started, the parent a branch tells). For test
     * harnesses, such as the test kit's one-call-per-engine mode.
     */
    public Builder afterEachCall(Runnable hook) {
      this.afterCall = Arguments.notNull(hook, "hook");
      return this;
    }

    /**
     * Runs once when {@link Engine#close()} begins: new calls are refused from then on, and the
     * steps in progress have yet to finish. For an application that must stop feeding the engine
     * (a load balancer to leave), and for tests of shutting down.
     */
    public Builder onClosing(Runnable hook) {
      this.onClosing = Arguments.notNull(hook, "hook");
      return this;
    }

    /** Where to discover generated catalogs, if not the runtime's own class loader. */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = Arguments.notNull(classLoader, "classLoader");
      return this;
    }

    /** Registers a catalog explicitly, in addition to those discovered as services. */
    public Builder catalog(FrameCatalog catalog) {
      catalogs.add(Arguments.notNull(catalog, "catalog"));
      return this;
    }

    public Engine build() {
      return new Engine(this);
    }
  }
}
