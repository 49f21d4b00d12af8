package dev.resumable;

import dev.resumable.machine.Awaiting;
import dev.resumable.machine.Branching;
import dev.resumable.machine.Frame;
import dev.resumable.machine.FrameRegistry;
import dev.resumable.machine.FrameType;
import dev.resumable.machine.Machine;
import dev.resumable.machine.StoredDataException;
import dev.resumable.proto.Checkpoint;
import dev.resumable.proto.InboxEvent;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.Resumption;
import dev.resumable.proto.StartWait;
import dev.resumable.proto.StepWait;
import dev.resumable.proto.Value;
import dev.resumable.proto.WaitCondition;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a step runs: an instance is restored from its record, run from where it waited to its
 * next wait or its end, its outcome mapped to the next record, and that record committed together
 * with the branches the step started (each run to its first wait here too). What ended in the
 * commit is noted for {@link BranchSettler}. Every start, event, timer and cancellation that runs
 * workflow code comes through here; the caller holds the instance's lock.
 */
final class StepRunner {

  private final FrameRegistry registry;
  private final FrameRestorer restorer;
  private final InstanceRecords records;
  private final InstanceStore instances;
  private final Clock clock;
  private final StepAttempts attempts;

  StepRunner(FrameRegistry registry, FrameRestorer restorer, InstanceRecords records,
      InstanceStore instances, Clock clock, StepAttempts attempts) {
    this.registry = registry;
    this.restorer = restorer;
    this.records = records;
    this.instances = instances;
    this.clock = clock;
    this.attempts = attempts;
  }

  /** Runs {@code entry} as the new instance {@code id} to its first wait or its end; commits it. */
  Outcome<?> start(String id, Frame entry) {
    return start(records.newRecord(id, Machine.typeOf(entry)), entry);
  }

  /**
   * Starts {@code entry} as the new instance {@code fresh}, which may hold events in its inbox
   * already, and runs it to its first wait or its end.
   */
  Outcome<?> start(InstanceRecord.Builder fresh, Frame entry) {
    String id = fresh.getId();
    // Checked first so that a taken id runs no code; the insert checks again, atomically.
    if (instances.store().load(id).isPresent()) {
      throw new dev.resumable.store.InstanceExistsException(id);
    }
    StepChanges.stepBegins(); // also drops a mark left by a step that threw before its commit
    StepChanges changes = new StepChanges();
    Started started = firstStep(fresh, entry, changes, true);
    commit(changes);
    StepWait ended = endedStep(started.run());
    Awaiting.ForStep transactional = dueTransactionalStep(started.run());
    if (transactional != null) {
      // Its first attempt runs in a transaction of its own, after the instance is stored.
      Machine.Stack stack = started.run().stack();
      return step(started.record(), inbox -> Machine.atStep(stack, transactional.state(), inbox,
          clock, branching(started.record())), Resumptions.STEP);
    }
    if (ended == null) {
      return records.outcome(started.record(), started.run());
    }
    return step(started.record(), afterStep(started.record(), started.run().stack(), ended),
        Resumptions.STEP);
  }

  /**
   * Stores {@code id} waiting for its start at {@code startAt}, with the arguments of its entry
   * frame encoded; {@link #startDue} runs it then. Nothing is stored if an argument is refused.
   */
  Outcome<?> startLater(String id, java.time.Instant startAt, FrameType method,
      Object[] arguments) {
    if (method.entryStart() == null) {
      throw new IllegalArgumentException(method.methodKey() + " declares type variables, so its"
          + " arguments cannot be stored before it runs; start it now, from a method that binds"
          + " them");
    }
    List<Value> stored = method.entryStart().encode(method.methodKey(), arguments);
    if (instances.store().load(id).isPresent()) {
      throw new dev.resumable.store.InstanceExistsException(id);
    }
    InstanceRecord record = records.newRecord(id, method)
        .setRevision(1)
        .setUpdatedAtEpochMillis(clock.millis())
        .setStatus(dev.resumable.proto.Status.WAITING)
        .setWait(WaitCondition.newBuilder().setStart(StartWait.newBuilder()
            .setTimer(InstanceRecords.timer(startAt))
            .addAllArguments(stored)))
        .build();
    StepChanges changes = new StepChanges();
    changes.insert(record, java.util.Map.of()); // insert-if-absent, as a start is
    commit(changes);
    return records.outcome(record, null);
  }

  /** Runs an instance that waited for its start, which is due, to its first wait; commits. */
  Outcome<?> startDue(InstanceRecord record) {
    FrameType type = registry.find(record.getEntryMethod());
    if (type == null || type.entryStart() == null) {
      throw new UnreadableInstanceException(record.getId(), "it waits to start "
          + record.getEntryMethod() + ", which this build has no @Resumable method for that can"
          + " be started later", true, null);
    }
    Frame entry;
    try {
      entry = type.entryStart().frame(record.getEntryMethod(),
          record.getWait().getStart().getArgumentsList(), restorer::receiver);
    } catch (StoredDataException e) {
      throw new UnreadableInstanceException(record.getId(), e.getMessage(), true, e);
    }
    return step(record, inbox -> Machine.start(entry, inbox, clock, branching(record)),
        Resumptions.NONE);
  }

  /** Ends an instance that waits for its start before it ran: nothing of its code runs. */
  private Outcome<?> endBeforeStart(InstanceRecord record, Throwable thrown) {
    InstanceRecord ended = record.toBuilder()
        .setRevision(record.getRevision() + 1)
        .setUpdatedAtEpochMillis(clock.millis())
        .clearWait()
        .setStatus(dev.resumable.proto.Status.CANCELLED)
        .setFailure(Failure.toRecord(thrown))
        .build();
    StepChanges changes = new StepChanges();
    changes.update(ended, record.getRevision());
    commit(changes);
    return records.outcome(ended, null);
  }

  /** The stack {@code record} waits with, for a caller that checks it before running on. */
  Machine.Stack restore(InstanceRecord record) {
    return restorer.restore(record);
  }

  /** Runs the restored {@code stack} on from its wait with {@code payload}, and commits. */
  Outcome<?> resume(InstanceRecord record, Machine.Stack stack, Object payload) {
    WaitCondition wait = record.getWait();
    return resume(record, stack, wait.hasEvent() ? wait.getEvent().getName() : null, payload);
  }

  /** {@link #resume(InstanceRecord, Machine.Stack, Object)} with the payload of event {@code name}. */
  Outcome<?> resume(InstanceRecord record, Machine.Stack stack, String name, Object payload) {
    return step(record, inbox -> Machine.resume(stack, payload, inbox, clock, branching(record)),
        Resumptions.of(name, payload));
  }

  /**
   * Continues the durable step {@code record} waits at, which is due: makes its next attempt, or
   * hands the outcome it ended with to the workflow, and commits.
   */
  Outcome<?> continueStep(InstanceRecord record) {
    Machine.Stack stack = restorer.restore(record);
    StepWait state = record.getWait().getStep();
    return step(record, state.getEnded() ? afterStep(record, stack, state)
        : inbox -> Machine.atStep(stack, state, inbox, clock, branching(record)),
        Resumptions.STEP);
  }

  /** Throws {@code thrown} where the instance waits, runs it on from there, and commits. */
  Outcome<?> interrupt(InstanceRecord record, Throwable thrown) {
    if (record.getWait().hasStart()) {
      return endBeforeStart(record, thrown);
    }
    Machine.Stack stack = restorer.restore(record);
    return step(record, inbox -> Machine.interrupt(stack, thrown, inbox, clock,
        branching(record)), Resumptions.thrown(thrown));
  }

  private interface Run {
    Machine.Run on(List<InboxEvent> inbox);
  }

  /**
   * Run → map → commit, for an instance that is stored already; again after each durable step
   * whose outcome that commit stored, since the workflow goes on with it only once it is stored.
   * A run that fails keeps the record it ran from, the last one committed, with {@code
   * resumedWith}, what it ran with: the checkpoint that {@link Retries} runs it again from.
   */
  private Outcome<?> step(InstanceRecord stored, Run first, Supplier<Resumption> resumedWith) {
    InstanceRecord record = stored;
    Run body = first;
    Supplier<Resumption> resumption = resumedWith;
    while (true) {
      List<InboxEvent> inbox = new ArrayList<>(record.getInboxList());
      Run running = body;
      String id = record.getId();
      StepContext[] context = new StepContext[1];
      StepChanges.stepBegins(); // before the run: a step's time includes its code
      Machine.Run run = ofStoredData(id, () -> StepContext.run(id, () -> running.on(inbox),
          context));
      Supplier<Resumption> resumed = resumption;
      InstanceRecord next = dueTransactionalStep(run) != null
          ? commitTransactionalStep(record, run, inbox, context[0], resumed)
          : commitRun(record, ofStoredData(id, () -> attemptDueStep(id, run)), inbox,
              context[0], resumed);
      StepWait ended = endedStep(run);
      if (ended == null) {
        return records.outcome(next, run);
      }
      body = afterStep(next, run.stack(), ended);
      resumption = Resumptions.STEP;
      record = next;
    }
  }

  private static InstanceRecord withCheckpoint(InstanceRecord failed, InstanceRecord waiting,
      Resumption resumedWith) {
    Checkpoint.Builder checkpoint = Checkpoint.newBuilder()
        .setWaiting(waiting.toBuilder().clearCheckpoint());
    if (resumedWith != null) {
      checkpoint.setResumedWith(resumedWith);
    }
    return failed.toBuilder().setCheckpoint(checkpoint).build();
  }

  /** Maps {@code run} to the record after {@code stored} and commits it with its branches. */
  private InstanceRecord commitRun(InstanceRecord stored, Machine.Run run,
      List<InboxEvent> inbox, StepContext context, Supplier<Resumption> resumedWith) {
    InstanceRecord next = afterRun(stored, run, inbox, context, resumedWith);
    StepChanges changes = new StepChanges();
    startBranches(run, changes);
    changes.update(next, stored.getRevision(), context.attributesSet());
    commit(changes);
    return next;
  }

  /**
   * Makes the due attempt of the transactional step {@code run} stopped at inside a transaction
   * of the store's database, and commits the step's outcome in that same transaction, so that
   * what the step wrote with {@link Workflow#connection()} is committed with it or not at all.
   * An attempt that throws rolls back what it wrote; its failure (a retry's time, or the
   * exception for good) is then committed on its own.
   */
  private InstanceRecord commitTransactionalStep(InstanceRecord stored, Machine.Run run,
      List<InboxEvent> inbox, StepContext context, Supplier<Resumption> resumedWith) {
    Awaiting.ForStep step = dueTransactionalStep(run);
    String id = stored.getId();
    InstanceRecord[] next = new InstanceRecord[1];
    StepChanges[] changes = new StepChanges[1];
    try {
      instances.store().commitWith(connection -> {
        StepWait state = ofStoredData(id, () -> attempts.attempt(id, run.stack(), step.call(),
            step.state(), connection));
        run.stepIs(state);
        if (!state.getEnded() || state.hasFailure()) {
          throw new AttemptFailed();
        }
        next[0] = afterRun(stored, run, inbox, context, resumedWith);
        changes[0] = new StepChanges();
        startBranches(run, changes[0]);
        changes[0].update(next[0], stored.getRevision(), context.attributesSet());
        return changes[0].changeSet();
      });
    } catch (AttemptFailed e) {
      // Rolled back: only its failure is stored.
      return commitRun(stored, run, inbox, context, resumedWith);
    } catch (UnsupportedOperationException e) {
      throw new IllegalStateException("the step " + step.call().source() + " is transactional,"
          + " but " + instances.store() + " keeps no database for the application's tables;"
          + " run the engine on the H2 file store or on PostgreSQL, or remove transactional ="
          + " true; nothing was committed", e);
    }
    instances.noteCommitted(changes[0]);
    return next[0];
  }

  /** The record after {@code stored} that {@code run} leads to; a failure keeps its checkpoint. */
  private InstanceRecord afterRun(InstanceRecord stored, Machine.Run run, List<InboxEvent> inbox,
      StepContext context, Supplier<Resumption> resumedWith) {
    InstanceRecord next = context.applyTo(records.afterRun(stored.toBuilder(), run, inbox,
        registry.find(stored.getEntryMethod())));
    return next.getStatus() == dev.resumable.proto.Status.FAILED
        ? withCheckpoint(next, stored, resumedWith.get()) : next;
  }

  /** Unwinds a transactional step's transaction after its attempt threw: nothing it wrote stays. */
  private static final class AttemptFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AttemptFailed() {
      super("the transactional step's attempt failed", null, false, false);
    }
  }

  /** The transactional step {@code run} stopped at, if its next attempt is due now; else null. */
  private Awaiting.ForStep dueTransactionalStep(Machine.Run run) {
    return run.suspended() && run.awaiting() instanceof Awaiting.ForStep step
        && step.call().isTransactional() && !step.state().getEnded()
        && !InstanceRecords.instant(step.state().getTimer()).isAfter(clock.instant())
        ? step : null;
  }

  /** The frames of {@code stack} going on past their durable step, which ended in {@code ended}. */
  private Run afterStep(InstanceRecord record, Machine.Stack stack, StepWait ended) {
    return inbox -> Machine.afterStep(stack, ended, inbox, clock, branching(record));
  }

  /** Makes the attempt of the durable step {@code run} stopped at, if one is due now. */
  private Machine.Run attemptDueStep(String id, Machine.Run run) {
    if (run.suspended() && run.awaiting() instanceof Awaiting.ForStep step
        && !step.state().getEnded() && !step.call().isTransactional()
        && !InstanceRecords.instant(step.state().getTimer()).isAfter(clock.instant())) {
      run.stepIs(attempts.attempt(id, run.stack(), step.call(), step.state()));
    }
    return run;
  }

  /** The durable step {@code run} stopped at, if it has ended; null otherwise. */
  private static StepWait endedStep(Machine.Run run) {
    return run.suspended() && run.awaiting() instanceof Awaiting.ForStep step
        && step.state().getEnded() ? step.state() : null;
  }

  /** The one write of a step: the instance and the branches it started, at once. */
  private void commit(StepChanges changes) {
    instances.commit(changes);
  }

  /**
   * The first step of a new instance (the entry of a start, or a branch), added to {@code
   * changes} after the branches it starts in turn.
   */
  private Started firstStep(InstanceRecord.Builder fresh, Frame entry, StepChanges changes,
      boolean attemptSteps) {
    FrameType type = Machine.typeOf(entry);
    List<InboxEvent> inbox = new ArrayList<>(fresh.getInboxList());
    StepContext[] context = new StepContext[1];
    Machine.Run run = StepContext.run(fresh.getId(),
        () -> Machine.start(entry, inbox, clock, branching(fresh.getId(), 0)), context);
    if (attemptSteps) {
      Machine.Run started = run;
      run = ofStoredData(fresh.getId(), () -> attemptDueStep(fresh.getId(), started));
    }
    InstanceRecord record = context[0].applyTo(records.afterRun(fresh, run, inbox, type));
    startBranches(run, changes);
    // insert-if-absent: a start racing this one on another engine fails
    changes.insert(record, context[0].attributesSet());
    return new Started(record, run);
  }

  private record Started(InstanceRecord record, Machine.Run run) {}

  /** Adds the branches {@code run} started to {@code changes}, each run to its first wait. */
  private void startBranches(Machine.Run run, StepChanges changes) {
    for (Branching.Fork fork : run.forks()) {
      Optional<InstanceRecord> existing = instances.find(fork.id());
      if (existing.isPresent()) {
        adopt(existing.get(), fork.id(), changes);
      } else {
        firstStep(records.newRecord(fork.id(), Machine.typeOf(fork.frame()))
            .setParentId(parentOf(fork.id())), fork.frame(), changes, false);
      }
    }
  }

  /**
   * Keeps a branch that is stored already rather than start it twice: one that an earlier
   * version stored before its parent's step failed to commit (a step now commits its branches
   * with itself). If the branch has ended, it is marked to be settled again: the parent it told
   * then (if any) was not the one about to be committed now.
   */
  private void adopt(InstanceRecord existing, String branchId, StepChanges changes) {
    if (!existing.getParentId().equals(parentOf(branchId))) {
      throw new IllegalStateException("instance \"" + parentOf(branchId) + "\" cannot start its"
          + " branch \"" + branchId + "\": another instance already has that id; give instances"
          + " ids that cannot be taken for branch ids (<parent id>/<n>)");
    }
    if (existing.getStatus() == dev.resumable.proto.Status.WAITING) {
      return;
    }
    if (!existing.getSettlementPending()) {
      changes.update(existing.toBuilder().setSettlementPending(true)
          .setRevision(existing.getRevision() + 1)
          .setUpdatedAtEpochMillis(clock.millis()).build(), existing.getRevision());
    }
    changes.settleAfterCommit(branchId);
  }

  private static String parentOf(String branchId) {
    return branchId.substring(0, branchId.lastIndexOf('/'));
  }

  private Branching branching(String id, int startedBefore) {
    return new Branching(id, startedBefore, registry);
  }

  private Branching branching(InstanceRecord record) {
    return branching(record.getId(), record.getBranchesStarted())
        .withStepsStarted(record.getStepsStarted());
  }

  /**
   * Stored data the run needs on the way (an event from the inbox, a branch's outcome) that
   * cannot be decoded ends the call with nothing committed.
   */
  private static <T> T ofStoredData(String id, Supplier<T> run) {
    try {
      return run.get();
    } catch (StoredDataException e) {
      throw new UnreadableInstanceException(id, e.getMessage(), false, e);
    }
  }
}
