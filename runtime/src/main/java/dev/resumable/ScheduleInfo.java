package dev.resumable;

import java.time.Instant;

/**
 * A stored schedule as {@link Schedules} reports it.
 *
 * @param id the schedule's id; its runs are instances {@code <id>@<scheduled time>}
 * @param method the key of the {@code @Resumable} method each run starts
 * @param schedule when it runs and its policies
 * @param paused whether it is paused (then {@code nextRun} is null)
 * @param nextRun the time of its next run; null while paused or if its cron has no time left
 * @param lastRunId the id of the run started last; null before the first
 */
public record ScheduleInfo(String id, String method, Schedule schedule, boolean paused,
    Instant nextRun, String lastRunId) {}
