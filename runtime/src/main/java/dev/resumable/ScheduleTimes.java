package dev.resumable;

import com.cronutils.model.time.ExecutionTime;
import dev.resumable.proto.ScheduleWait;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The times a stored schedule starts runs at, by its cron expression or its interval. */
final class ScheduleTimes {

  private ScheduleTimes() {}

  /** The first scheduled time strictly after {@code moment}; null if the cron has none left. */
  static Instant after(ScheduleWait schedule, Instant moment) {
    if (!schedule.getCron().isEmpty()) {
      ExecutionTime times = ExecutionTime.forCron(Schedule.parse(schedule.getCron()));
      return times.nextExecution(ZonedDateTime.ofInstant(moment, ZoneId.of(schedule.getZone())))
          .map(ZonedDateTime::toInstant)
          .filter(next -> !next.isAfter(WorkflowArguments.LATEST_DUE))
          .orElse(null);
    }
    long interval = schedule.getIntervalMillis();
    long anchor = schedule.getAnchorEpochMillis();
    long since = moment.toEpochMilli() - anchor;
    // The anchor plus a whole number of intervals: runs keep their times however late they fire.
    long steps = since < 0 ? 0 : since / interval + 1;
    Instant next = Instant.ofEpochMilli(anchor + steps * interval);
    return next.isAfter(WorkflowArguments.LATEST_DUE) ? null : next;
  }
}
