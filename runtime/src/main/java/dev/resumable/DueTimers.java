package dev.resumable;

import dev.resumable.proto.InstanceRecord;
import java.time.Clock;
import java.time.Instant;

/** Fires the timer one instance waits for, if it is due, holding the instance. */
final class DueTimers {

  private final InstanceStore instances;
  private final InstanceHolds holds;
  private final StepRunner steps;
  private final EventRouter events;
  private final EndedInstances ended;
  private final Clock clock;
  private final ScheduleRuns schedules;

  DueTimers(InstanceStore instances, InstanceHolds holds, StepRunner steps, EventRouter events,
      EndedInstances ended, Clock clock, ScheduleRuns schedules) {
    this.schedules = schedules;
    this.instances = instances;
    this.holds = holds;
    this.steps = steps;
    this.events = events;
    this.ended = ended;
    this.clock = clock;
  }

  /** Resumes {@code id} if it still waits for a timer that is due; false if it no longer does. */
  boolean fire(String id) {
    return holds.on(id, () -> {
      InstanceRecord record = instances.read(id);
      if (record.getWait().hasSchedule()) {
        return InstanceRecords.status(record) == Status.WAITING && schedules.fire(record);
      }
      Instant due = InstanceRecords.due(record);
      if (InstanceRecords.status(record) != Status.WAITING && record.getSettlementPending()
          || record.getBranchesToCancelCount() > 0) {
        ended.note(id); // what an earlier run could not finish before a crash
        return false;
      }
      if (InstanceRecords.status(record) != Status.WAITING || due == null
          || due.isAfter(clock.instant())) {
        return false;
      }
      if (record.getWait().hasStart()) {
        steps.startDue(record);
        return true;
      }
      if (record.getWait().hasStep()) {
        steps.continueStep(record);
        return true;
      }
      if (record.getWait().hasAll()) {
        events.allOfTimerFired(record);
        return true;
      }
      Object fired = record.getWait().hasFirst()
          ? new Fired(record.getWait().getFirst().getTimerName(), null)
          : null;
      steps.resume(record, steps.restore(record), fired);
      return true;
    });
  }
}
