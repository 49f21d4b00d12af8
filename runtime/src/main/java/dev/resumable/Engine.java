package dev.resumable;

import dev.resumable.codec.TypeRef;
import dev.resumable.machine.Frame;
import dev.resumable.machine.FrameCatalog;
import dev.resumable.machine.FrameRegistry;
import dev.resumable.machine.FrameType;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.query.AttributeValue;
import dev.resumable.query.InstanceCounts;
import dev.resumable.query.InstancePage;
import dev.resumable.query.InstanceQuery;
import dev.resumable.store.InstanceExistsException;
import dev.resumable.store.InstanceSummary;
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
 *
 * <p>This class is the API and the wiring. A step runs in {@link StepRunner}; events find their
 * wait in {@link EventRouter}; what ends is settled by {@link BranchSettler}; due timers are
 * claimed by {@link TimerSweep} and fired by {@link DueTimers}.
 */
public final class Engine implements AutoCloseable {

  static {
    // A cancelled branch is rethrown at its join, and a step out of time at its call, as what
    // it is, whatever the catching code names.
    dev.resumable.codec.ExceptionTypes.register(CancelledException.class,
        StepTimeoutException.class);
  }

  private final Store store;
  private final FrameRegistry registry;
  private final FrameRestorer restorer;
  private final InstanceRecords records;
  private final InstanceLocks locks;
  private final InstanceHolds holds;
  private final CallGate gate;
  private final InstanceStore instances;
  private final StepRunner steps;
  private final EventRouter events;
  private final BranchSettler settler;
  private final InstanceCalls calls;
  private final Retries retries;
  private final Retention retention;
  private final Inspector inspector;
  private final Quarantine quarantine;
  private final StoredRecordChecker checker;
  private final TimerSweep timerSweep;
  private final DueTimers dueTimers;
  private final TimerThread timerThread;
  private final WorkerPool workers;
  private final StepAttempts stepAttempts;
  private final RunningExtensions extensions;
  private final Updates updates;
  private final Schedules schedules;

  private Engine(Builder builder) {
    this.store = builder.store != null ? builder.store : EmbeddedStore.openDefault();
    this.registry = FrameRegistry.discover(builder.classLoader);
    builder.catalogs.forEach(registry::register);
    Clock clock = builder.clock;
    Consumer<Throwable> errors = builder.errors;
    Listeners listeners = new Listeners(builder.listeners, errors);
    if (!listeners.isEmpty()) {
      store.onCommitBatch(listeners::commitBatch);
    }
    this.restorer = new FrameRestorer(registry, builder.receivers);
    this.records = new InstanceRecords(registry, clock);
    this.gate = new CallGate(builder.afterCall, builder.onClosing);
    this.locks = InstanceLocks.of(store);
    this.holds = new InstanceHolds(locks, store);
    this.checker = new StoredRecordChecker(registry);
    EndedInstances ended = new EndedInstances();
    this.instances = new InstanceStore(store, checker, ended, listeners);
    this.stepAttempts = new StepAttempts(clock, registry, restorer::receiver);
    this.steps = new StepRunner(registry, restorer, records, instances, clock, stepAttempts);
    this.events = new EventRouter(steps, records, instances, new WaitableEvents(registry), clock);
    this.settler = new BranchSettler(ended, instances, holds, steps, events, clock, errors);
    this.calls = new InstanceCalls(gate, holds, settler, instances, records);
    this.retries = new Retries(steps, instances, records, clock);
    this.inspector = new Inspector(registry, records);
    this.quarantine = new Quarantine(errors, listeners);
    this.dueTimers = new DueTimers(instances, holds, steps, events, ended, clock,
        new ScheduleRuns(registry, restorer, instances, calls, steps, clock));
    this.schedules = new Schedules(gate, holds, instances, clock);
    this.retention = new Retention(store, clock, builder.retention);
    this.timerThread = new TimerThread(builder.timerPollInterval, this::backgroundWork, errors);
    this.workers = new WorkerPool(builder.workerThreads, gate);
    this.timerSweep = new TimerSweep(store, clock, quarantine, builder.claimLease, workers);
    this.extensions = new RunningExtensions(errors);
    this.updates = new Updates(instances, events, builder.updateValidators);
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
    Outcome<R> outcome = (Outcome<R>) calls.on(id, () -> steps.start(id, entry));
    return outcome;
  }

  /**
   * Stores a new instance of {@code method} under {@code id} that starts at {@code startAt}: it
   * waits for its start (its status says "start at ..."), and the timer sweep runs it, like any
   * due timer, on whichever engine shares the store; a moment that has passed is due at once.
   * Events delivered meanwhile wait in its inbox; cancelling it ends it before it ran. Called by
   * generated {@code start<Method>At} methods, which pass the arguments in order.
   *
   * @throws InstanceExistsException if an instance with this id exists; it is left unchanged
   * @throws IllegalArgumentException if the method cannot be started later (it declares type
   *     variables) or an argument cannot be stored; nothing is stored
   */
  public Outcome<?> startAt(String id, Instant startAt, FrameType method, Object... arguments) {
    Arguments.id(id);
    WorkflowArguments.moment(Arguments.notNull(startAt, "startAt"), "startAt");
    Arguments.notNull(method, "method");
    Arguments.notNull(arguments, "arguments");
    return calls.on(id, () -> steps.startLater(id, startAt, method, arguments));
  }

  /**
   * Delivers {@code payload} to the event the instance waits for now, runs it to its next wait or
   * to its end, and commits.
   */
  public Outcome<?> resume(String id, Object payload) {
    Arguments.id(id);
    Arguments.payload(payload);
    return calls.on(id,
        () -> events.deliverToWhatItWaitsFor(instances.readWaiting(id), payload));
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
    return calls.on(id, () -> events.deliver(instances.readWaiting(id), name, payload));
  }

  /**
   * Delivers an event that carries an id: if the instance applied an event with this id
   * recently, nothing happens and its current outcome is returned, so an event sent twice (a
   * retry after a lost reply, say) is applied once. The last {@value EventIds#REMEMBERED} ids
   * are remembered per instance.
   */
  public Outcome<?> resume(String id, String name, Object payload, String eventId) {
    Arguments.id(id);
    Arguments.eventName(name);
    Arguments.payload(payload);
    Arguments.text(eventId, "eventId");
    return calls.on(id, () -> events.deliverTo(instances.read(id), name, payload, eventId));
  }

  /**
   * Delivers the event {@code name} to instance {@code id}, starting it from {@code entry} first
   * if it does not exist — for a sender that need not know whether it does. A new instance is
   * started with the event already in its inbox, in the commit of its first step, so there is no
   * moment at which it exists without the event; its first wait for {@code name} takes it. An
   * existing instance gets the event as from {@link #resume(String, String, Object)}. Called by
   * the generated {@code Resumer}'s {@code signalWithStart<Method>} methods.
   *
   * @throws UnexpectedEventException if the instance could never wait for {@code name}; nothing
   *     runs or changes
   * @throws InstanceFinishedException if the instance exists and has ended
   */
  public <R> Outcome<R> signalWithStart(String id, String name, Object payload, Frame entry) {
    return signalWithStart(id, name, payload, null, entry);
  }

  /**
   * As above, with an event id: an event with this id that the instance applied recently (from
   * an earlier call whose reply was lost, say) is not applied again, and nothing is started.
   */
  public <R> Outcome<R> signalWithStart(String id, String name, Object payload, String eventId,
      Frame entry) {
    Arguments.id(id);
    Arguments.eventName(name);
    Arguments.payload(payload);
    if (eventId != null) {
      Arguments.text(eventId, "eventId");
    }
    Arguments.notNull(entry, "entry");
    @SuppressWarnings("unchecked") // the entry frame's method returns R
    Outcome<R> outcome = (Outcome<R>) calls.on(id,
        () -> events.signalWithStart(id, name, payload, eventId, entry));
    return outcome;
  }

  /**
   * Sends instance {@code id} the update {@code name}: a request it takes at a wait for that
   * event ({@code Await.event(name, type)}) and answers with {@link Workflow#answer} in the step
   * that takes it. Returns the answer, as {@code answerType}, once that step has committed. The
   * update's validator, if the builder registered one ({@link Builder#updateValidator}), may
   * reject it first. Asking again with the same {@code updateId} (after a lost reply or a crash)
   * returns the same answer and applies nothing; the last {@value EventIds#REMEMBERED} ids are
   * remembered.
   *
   * @throws UpdateRejectedException if the validator rejected it; nothing changed
   * @throws UnexpectedEventException if the instance does not wait for {@code name} now; nothing
   *     changed
   * @throws IllegalStateException if the step that took it committed without answering it
   * @throws ClassCastException if the answer is not an {@code answerType}
   */
  public <A> A update(String id, String name, Object request, String updateId,
      Class<A> answerType) {
    Arguments.id(id);
    Arguments.eventName(name);
    Arguments.payload(request);
    Arguments.text(updateId, "updateId");
    Arguments.notNull(answerType, "answerType");
    calls.on(id, () -> updates.apply(id, name, request, updateId));
    return whileOpen(() -> updates.answer(id, name, updateId, answerType));
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
      return calls.on(waiting.get(0), () -> {
        InstanceRecord record = instances.read(waiting.get(0));
        if (!InstanceRecords.waitsFor(record, name, key)) {
          throw nobodyWaits(name, key); // it moved on since the candidates were read
        }
        return events.deliver(record, name, payload);
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
    return workers.submit(() -> resume(id, name, payload));
  }

  /** {@link #resumeAsync(String, String, Object)} for an event with an id, applied once. */
  public CompletableFuture<Outcome<?>> resumeAsync(String id, String name,
      Object payload, String eventId) {
    Arguments.id(id);
    Arguments.eventName(name);
    Arguments.payload(payload);
    Arguments.text(eventId, "eventId");
    return workers.submit(() -> resume(id, name, payload, eventId));
  }

  /**
   * Cancels a waiting instance: its current wait throws {@link CancelledException}, so its
   * finally blocks run (and may even wait), and an instance that ends by it is
   * {@link Status#CANCELLED}. Cancelling is asked once: while the cleanup of an instance that
   * was asked already still waits, a second call leaves it alone and returns where it stands.
   */
  public Outcome<?> cancel(String id) {
    Arguments.id(id);
    return calls.on(id, () -> {
      InstanceRecord waiting = instances.readWaiting(id);
      if (waiting.getCancelRequested()) {
        return records.outcome(waiting, null); // its cleanup is running: left alone
      }
      return steps.interrupt(waiting.toBuilder().setCancelRequested(true).build(),
          new CancelledException("instance \"" + id + "\" was cancelled"));
    });
  }

  /**
   * Runs a {@link Status#FAILED} instance again from its last commit before the failure, once a
   * fix is deployed: the step that failed runs again from the wait it continued, with what it
   * continued it with (the event's payload, the timer, the durable step's call, the cancellation).
   * A durable step that had ended with its exception is called again, its attempts counted anew;
   * one that had returned is not. An event of an {@link Await#first} wait is not kept (only the
   * waiting code knows its type): such an instance waits again, to be sent the event again. A
   * retry that fails again leaves the instance FAILED with the new failure, retryable as before.
   *
   * @throws InstanceStateException if the instance is not FAILED, has no checkpoint (it failed in
   *     its first step, or a version that kept none failed it), or has branches; nothing changes
   * @throws NoSuchInstanceException if there is no such instance
   * @throws UnreadableInstanceException if this build cannot continue its checkpoint
   */
  public Outcome<?> retry(String id) {
    Arguments.id(id);
    return calls.on(id, () -> retries.retry(instances.read(id)));
  }

  /**
   * Fires every timer that is due by the engine's clock, earliest first, each resuming its
   * instance and committing; returns how many fired. Called by the engine's timer thread once
   * {@link #start() started}, and by tests that move a virtual clock.
   */
  public int fireDueTimers() {
    return whileOpen(() -> timerSweep.run(dueTimers::fire,
        () -> settler.settleEnded().failed()));
  }

  /** What the timer thread does at each poll: due timers, then retention when it is time. */
  private void backgroundWork() {
    fireDueTimers();
    whileOpen(() -> {
      retention.sweepIfDue();
      return null;
    });
  }

  /**
   * Deletes an instance that has ended ({@link Status#COMPLETED}, {@link Status#FAILED} or {@link
   * Status#CANCELLED}), with its search attributes. An ended instance that the engine has yet to
   * settle (a branch to tell its parent how it ended, a parent to cancel the branches it leaves
   * running) is refused until that is done, so a delete never cuts settling short.
   *
   * @throws InstanceStateException if the instance waits or is still to be settled; nothing is
   *     changed
   * @throws NoSuchInstanceException if there is no such instance
   */
  public void delete(String id) {
    Arguments.id(id);
    whileOpen(() -> {
      return holds.on(id, () -> {
        StoredInstance stored = store.load(id).orElseThrow(() -> new NoSuchInstanceException(id));
        if (!Store.FINISHED_STATUSES.contains(stored.status())) {
          throw new InstanceStateException("instance \"" + id + "\" is " + stored.status()
              + "; only an instance that has ended (COMPLETED, FAILED or CANCELLED) is deleted:"
              + " cancel it first; nothing was changed");
        }
        if (stored.due() != null) {
          throw new InstanceStateException("instance \"" + id + "\" has ended, but the engine"
              + " has yet to settle it with the instance that started it or the branches it"
              + " started; its timer sweep does that (start() the engine, or call"
              + " fireDueTimers()), then delete it; nothing was changed");
        }
        store.delete(id);
        return null;
      });
    });
  }

  /**
   * Deletes, in batches of {@value Retention#BATCH}, every instance that ended longer ago than
   * the builder's {@link Builder#retention} and has nothing left to settle; returns how many.
   * The timer thread does this by itself about once a minute; without a retention period it
   * deletes nothing.
   */
  public int deleteExpired() {
    return whileOpen(retention::sweep);
  }

  /**
   * The store's durable schedules: each starts instances of a method at the times of a cron
   * expression or an interval, fired by the sweep of due timers. Created by the generated {@code
   * schedule<Method>} methods; listed, paused, resumed and deleted here.
   */
  public Schedules schedules() {
    return schedules;
  }

  /** When the earliest pending timer is due, by which a virtual clock can step. */
  public Optional<Instant> nextTimerDue() {
    return store.nextDue();
  }

  /**
   * Starts the engine's timer thread, which fires due timers as they come due (and at once those
   * that became due while no engine ran). {@link #close()} stops it.
   */
  public Engine start() {
    timerThread.start();
    return this;
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
        record = instances.read(id);
      } catch (UnreadableInstanceException e) {
        return Inspection.unreadable(id, e);
      }
      return inspector.inspect(record);
    });
  }

  /**
   * The waiting instances of the store that this build would refuse to continue, each with the
   * reason a resume would give, running and changing nothing: run it with a new build against
   * the store (or a copy of it) before deploying that build. Empty if the build fits them all.
   */
  public List<UnreadableInstanceException> dryRun() {
    return whileOpen(() -> {
      List<UnreadableInstanceException> refused = new ArrayList<>();
      String after = null;
      for (List<InstanceSummary> page = store.list("WAITING", after, 500); !page.isEmpty();
          page = store.list("WAITING", after, 500)) {
        for (InstanceSummary waiting : page) {
          UnreadableInstanceException why = inspect(waiting.id()).unreadable();
          if (why != null) {
            refused.add(why);
          }
        }
        after = page.get(page.size() - 1).id();
      }
      return refused;
    });
  }

  /**
   * A page of the instances that {@code query} finds, read from the store's indexes without
   * decoding any state; {@link InstanceQuery#next} asks for the next page. See {@link
   * InstanceQuery} for the conditions and orders.
   */
  public InstancePage query(InstanceQuery query) {
    Arguments.notNull(query, "query");
    return whileOpen(() -> store.query(query));
  }

  /** How many instances {@code query} finds, by status and entry method. */
  public InstanceCounts count(InstanceQuery query) {
    Arguments.notNull(query, "query");
    return whileOpen(() -> store.count(query));
  }

  /** The search attributes instance {@code id} has set (see {@link Workflow#attribute}). */
  public Map<String, AttributeValue> attributes(String id) {
    Arguments.id(id);
    return whileOpen(() -> store.attributes(id));
  }

  /**
   * What instance {@code id} exposes as {@code name} ({@link Workflow#expose}), as of its last
   * commit, without sending it an event or running anything; empty if it has exposed nothing by
   * that name yet.
   *
   * @throws NoSuchInstanceException if there is no such instance
   * @throws IllegalArgumentException if it exposed {@code name} as a type other than {@code type},
   *     or its workflow never exposes {@code name}
   */
  public <T> Optional<T> exposed(String id, String name, Class<T> type) {
    Arguments.id(id);
    Arguments.notNull(type, "type");
    Arguments.notNull(name, "name");
    return whileOpen(() -> Exposure.read(exposing(id, name), name, type).map(type::cast));
  }

  /** What instance {@code id} exposes as {@code name}, of a generic type; see above. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> exposed(String id, String name, TypeRef<T> type) {
    Arguments.id(id);
    Arguments.notNull(type, "type");
    Arguments.notNull(name, "name");
    return whileOpen(() -> (Optional<T>) Exposure.read(exposing(id, name), name, type.type()));
  }

  /** The record of {@code id}, checked to be of an instance that can expose {@code name}. */
  private InstanceRecord exposing(String id, String name) {
    InstanceRecord record = instances.read(id);
    Exposure.requireExposable(record, name, CalledMethods.of(registry, record.getEntryMethod()));
    return record;
  }

  /** The instance's current outcome, without running anything. */
  public Outcome<?> status(String id) {
    Arguments.id(id);
    return whileOpen(() -> {
      try {
        return records.outcome(instances.read(id), null);
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

  /** For generated code: the registered object that {@code type}'s methods run on. */
  public <T> T receiverOf(Class<T> type) {
    return restorer.receiver(Arguments.notNull(type, "type"));
  }

  /**
   * Shuts down gracefully: new calls are refused at once, the timer thread stops, steps already
   * running finish and commit, and then the store closes. Nothing committed is lost, and a step
   * that could not commit leaves the instance as it was before it.
   */
  @Override
  public void close() {
    extensions.close();
    gate.refuseNewCalls();
    timerThread.stop();
    workers.stop();
    gate.closeAfterCallsInProgress(() -> {
      locks.release();
      stepAttempts.close();
      store.close();
    });
  }

  private <T> T whileOpen(Supplier<T> call) {
    return gate.whileOpen(call);
  }

  /** Configures an engine: its store, receivers, clock and catalogs. */
  public static final class Builder {
    private Store store;
    private final Map<Class<?>, Object> receivers = new LinkedHashMap<>();
    private final List<FrameCatalog> catalogs = new ArrayList<>();
    private final List<EngineExtension> extensions = new ArrayList<>();
    private final Map<String, UpdateValidator> updateValidators = new LinkedHashMap<>();
    private final List<EngineListener> listeners = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private ClassLoader classLoader = Engine.class.getClassLoader();
    private Consumer<Throwable> errors = e -> e.printStackTrace();
    private Duration timerPollInterval = Duration.ofMillis(100);
    private Runnable afterCall = () -> {};
    private Runnable onClosing = () -> {};
    private int workerThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
    private Duration claimLease = Duration.ofMinutes(1);
    private Duration retention;

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
     * Keeps instances that have ended for {@code keep} after their last change, then deletes
     * them (see {@link Engine#deleteExpired()}): the timer thread of a {@link Engine#start()
     * started} engine sweeps about once a minute. By default nothing is deleted.
     */
    public Builder retention(Duration keep) {
      if (Arguments.notNull(keep, "keep").isNegative() || keep.isZero()) {
        throw new IllegalArgumentException("keep must be positive, not " + keep);
      }
      this.retention = keep;
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

    /**
     * Tells {@code listener} of instances started and ended, steps, commits and unreadable
     * instances, e.g. for metrics (see {@link EngineListener}); may be called more than once.
     */
    public Builder listener(EngineListener listener) {
      listeners.add(Arguments.notNull(listener, "listener"));
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

    /**
     * Runs {@code extension} alongside the engine, such as its web console: {@link #build()}
     * starts it, and {@link Engine#close()} closes it first.
     */
    public Builder extension(EngineExtension extension) {
      extensions.add(Arguments.notNull(extension, "extension"));
      return this;
    }

    /**
     * Checks every update named {@code name} before an instance takes it (see {@link
     * Engine#update}); one validator per name, the last given.
     */
    public Builder updateValidator(String name, UpdateValidator validator) {
      updateValidators.put(Arguments.eventName(name), Arguments.notNull(validator, "validator"));
      return this;
    }

    public Engine build() {
      Engine engine = new Engine(this);
      engine.extensions.start(List.copyOf(extensions), engine);
      return engine;
    }
  }
}
