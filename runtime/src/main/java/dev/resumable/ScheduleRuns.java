package dev.resumable;

import dev.resumable.machine.Frame;
import dev.resumable.machine.FrameRegistry;
import dev.resumable.machine.FrameType;
import dev.resumable.machine.StoredDataException;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.ScheduleWait;
import dev.resumable.proto.WaitCondition;
import dev.resumable.store.InstanceExistsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fires a schedule whose next run is due: starts the runs its policies call for, each as the
 * instance {@code <schedule id>@<scheduled time>}, and then moves the schedule on to its next
 * time in one commit of its row. Runs are started before that commit, each insert-if-absent, so a
 * firing repeated after a crash in between finds them started and starts none twice. The caller
 * holds the schedule row's lock.
 */
final class ScheduleRuns {

  /** The most runs one firing catches up on; the rest are due at once, for the next sweep. */
  static final int CATCH_UP_PAGE = 100;

  private final FrameRegistry registry;
  private final FrameRestorer restorer;
  private final InstanceStore instances;
  private final InstanceCalls calls;
  private final StepRunner steps;
  private final Clock clock;

  ScheduleRuns(FrameRegistry registry, FrameRestorer restorer, InstanceStore instances,
      InstanceCalls calls, StepRunner steps, Clock clock) {
    this.registry = registry;
    this.restorer = restorer;
    this.instances = instances;
    this.calls = calls;
    this.steps = steps;
    this.clock = clock;
  }

  /** Fires the schedule of {@code record} if a run is due; false if none is (it is paused). */
  boolean fire(InstanceRecord record) {
    ScheduleWait schedule = record.getWait().getSchedule();
    Instant now = clock.instant();
    if (!schedule.hasTimer() || InstanceRecords.instant(schedule.getTimer()).isAfter(now)) {
      return false;
    }
    List<Instant> due = new ArrayList<>();
    Instant next = InstanceRecords.instant(schedule.getTimer());
    while (next != null && !next.isAfter(now) && due.size() < CATCH_UP_PAGE) {
      due.add(next);
      next = ScheduleTimes.after(schedule, next);
    }
    Instant latest = due.get(due.size() - 1);
    List<Instant> toRun = switch (Schedule.MissedRuns.valueOf(schedule.getMissedRuns())) {
      case CATCH_UP -> due;
      case RUN_ONCE -> List.of(latest);
      case SKIP -> Duration.between(latest, now).toMillis() > schedule.getLateAfterMillis()
          ? List.of() : List.of(latest);
    };
    if (!Schedule.MissedRuns.CATCH_UP.name().equals(schedule.getMissedRuns())) {
      next = ScheduleTimes.after(schedule, now); // the times skipped are not run later either
    }
    String lastRun = schedule.getLastRunId();
    for (Instant time : toRun) {
      if (Schedule.Overlap.SKIP.name().equals(schedule.getOverlap()) && stillWaiting(lastRun)) {
        continue;
      }
      lastRun = schedule.getScheduleId() + "@" + time;
      start(record, lastRun);
    }
    InstanceRecord moved = record.toBuilder()
        .setRevision(record.getRevision() + 1)
        .setUpdatedAtEpochMillis(clock.millis())
        .setWait(WaitCondition.newBuilder().setSchedule(
            Schedules.withNext(schedule.toBuilder().setLastRunId(lastRun), next)))
        .build();
    instances.update(moved, record.getRevision());
    return true;
  }

  private boolean stillWaiting(String runId) {
    return !runId.isEmpty() && instances.store().load(runId)
        .map(row -> row.status().equals(Status.WAITING.name())).orElse(false);
  }

  private void start(InstanceRecord schedule, String runId) {
    FrameType type = registry.find(schedule.getEntryMethod());
    if (type == null || type.entryStart() == null) {
      throw new UnreadableInstanceException(schedule.getId(), "it starts "
          + schedule.getEntryMethod() + ", which this build has no @Resumable method for that"
          + " can be started later", true, null);
    }
    Frame entry;
    try {
      entry = type.entryStart().frame(schedule.getEntryMethod(),
          schedule.getWait().getSchedule().getArgumentsList(), restorer::receiver);
    } catch (StoredDataException e) {
      throw new UnreadableInstanceException(schedule.getId(), e.getMessage(), true, e);
    }
    try {
      calls.on(runId, () -> steps.start(runId, entry));
    } catch (InstanceExistsException e) {
      // Started by a firing whose commit of the schedule was lost: it is that run.
    }
  }
}
