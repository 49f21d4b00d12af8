package dev.resumable;

import dev.resumable.machine.FrameType;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.ScheduleWait;
import dev.resumable.proto.WaitCondition;
import dev.resumable.store.InstanceSummary;
import dev.resumable.store.StoredInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The durable schedules of an engine's store ({@link Engine#schedules()}): each starts instances
 * of one {@code @Resumable} method, with the arguments it was created with, at the times of its
 * {@link Schedule}. A schedule is a row of the store with the id {@code schedule:<its id>},
 * WAITING for its next run, so the sweep of due timers fires it like a timer: once across the
 * engines that share the store, after restarts, and by the test kit's virtual clock. A run is the
 * instance {@code <schedule id>@<scheduled time>}, such as {@code nightly@2030-01-02T03:00:00Z},
 * and is started only if no instance has that id, so a firing repeated after a crash starts no
 * run twice.
 *
 * <p>Schedules are created by the generated {@code schedule<Method>} methods of a package's
 * {@code Resumer}. Every call here commits before it returns and refuses what it cannot do with
 * an exception naming the fix, changing nothing.
 */
public final class Schedules {

  /** What a schedule's id is prefixed with to make the id of its row. */
  public static final String ROW_PREFIX = "schedule:";

  private final CallGate gate;
  private final InstanceHolds holds;
  private final InstanceStore instances;
  private final Clock clock;

  Schedules(CallGate gate, InstanceHolds holds, InstanceStore instances, Clock clock) {
    this.gate = gate;
    this.holds = holds;
    this.instances = instances;
    this.clock = clock;
  }

  /** Whether {@code rowId} is the row of a schedule rather than an instance. */
  static boolean isRow(String rowId) {
    return rowId.startsWith(ROW_PREFIX);
  }

  /**
   * Stores a new schedule {@code id} that starts {@code method} with {@code arguments} at the
   * times of {@code schedule}, the first after now. Called by generated {@code schedule<Method>}
   * methods.
   *
   * @throws IllegalArgumentException if the id is not one an instance can have (nor one whose
   *     runs' ids can be), the method cannot be started later (it has type variables), or an
   *     argument cannot be stored; nothing is stored
   * @throws IllegalStateException if a schedule with this id exists; it is left as it was
   */
  public ScheduleInfo create(String id, Schedule schedule, FrameType method,
      Object... arguments) {
    checkId(id);
    Arguments.notNull(schedule, "schedule");
    Arguments.notNull(method, "method");
    Arguments.notNull(arguments, "arguments");
    if (method.entryStart() == null) {
      throw new IllegalArgumentException(method.methodKey() + " declares type variables, so its"
          + " arguments cannot be stored for a schedule's runs");
    }
    ScheduleWait.Builder stored = ScheduleWait.newBuilder()
        .setScheduleId(id)
        .setZone(schedule.zone().getId())
        .setMissedRuns(schedule.missedRuns().name())
        .setOverlap(schedule.overlap().name())
        .setLateAfterMillis(schedule.lateAfter().toMillis())
        .addAllArguments(method.entryStart().encode(method.methodKey(), arguments));
    if (schedule.cronExpression() != null) {
      stored.setCron(schedule.cronExpression());
    } else {
      stored.setIntervalMillis(schedule.interval().toMillis())
          .setAnchorEpochMillis(clock.millis());
    }
    return locked(id, () -> {
      if (instances.store().load(rowId(id)).isPresent()) {
        throw new IllegalStateException("schedule \"" + id + "\" exists already; delete it"
            + " first, or give the new one another id; nothing was changed");
      }
      Instant first = ScheduleTimes.after(stored.build(), clock.instant());
      InstanceRecord record = InstanceRecord.newBuilder()
          .setId(rowId(id))
          .setEntryMethod(method.methodKey())
          .setRevision(1)
          .setCreatedAtEpochMillis(clock.millis())
          .setUpdatedAtEpochMillis(clock.millis())
          .setStatus(dev.resumable.proto.Status.WAITING)
          .setWait(WaitCondition.newBuilder().setSchedule(withNext(stored, first)))
          .build();
      instances.store().insert(StepChanges.stored(record));
      return info(record);
    });
  }

  /** Every schedule of the store, by id. */
  public List<ScheduleInfo> list() {
    return gate.whileOpen(() -> {
      List<ScheduleInfo> found = new ArrayList<>();
      String after = ROW_PREFIX;
      while (true) {
        List<InstanceSummary> page = instances.store().list(null, after, 200);
        for (InstanceSummary row : page) {
          if (!isRow(row.id())) {
            return found; // ids are listed in order, and every schedule's shares the prefix
          }
          Optional<InstanceRecord> record = instances.find(row.id());
          // An instance may have been given such an id: it is no schedule.
          if (record.isPresent() && record.get().getWait().hasSchedule()) {
            found.add(info(record.get()));
          }
        }
        if (page.size() < 200) {
          return found;
        }
        after = page.get(page.size() - 1).id();
      }
    });
  }

  /** Schedule {@code id}, if there is one. */
  public Optional<ScheduleInfo> find(String id) {
    checkId(id);
    return gate.whileOpen(() -> instances.store().load(rowId(id)).map(this::scheduleOf)
        .map(this::info));
  }

  /** Stops starting runs until {@link #resume}; runs already started go on. */
  public ScheduleInfo pause(String id) {
    return change(id, (schedule, now) -> withNext(schedule.setPaused(true), null));
  }

  /**
   * Starts runs again after {@link #pause}, the next at its first time after now: the times that
   * passed while it was paused are not run.
   */
  public ScheduleInfo resume(String id) {
    return change(id, (schedule, now) -> schedule.getPaused()
        ? withNext(schedule.setPaused(false), ScheduleTimes.after(schedule.build(), now))
        : schedule);
  }

  /** Deletes the schedule; the runs it started are instances like any other and stay. */
  public void delete(String id) {
    checkId(id);
    locked(id, () -> {
      read(id);
      instances.store().delete(rowId(id));
      return null;
    });
  }

  private interface Change {
    ScheduleWait.Builder apply(ScheduleWait.Builder schedule, Instant now);
  }

  private ScheduleInfo change(String id, Change change) {
    checkId(id);
    return locked(id, () -> {
      InstanceRecord record = read(id);
      InstanceRecord next = record.toBuilder()
          .setRevision(record.getRevision() + 1)
          .setUpdatedAtEpochMillis(clock.millis())
          .setWait(WaitCondition.newBuilder().setSchedule(change.apply(
              record.getWait().getSchedule().toBuilder(), clock.instant())))
          .build();
      instances.update(next, record.getRevision());
      return info(next);
    });
  }

  static ScheduleWait.Builder withNext(ScheduleWait.Builder schedule, Instant next) {
    return next == null ? schedule.clearTimer()
        : schedule.setTimer(InstanceRecords.timer(next));
  }

  private InstanceRecord read(String id) {
    return instances.store().load(rowId(id)).map(this::scheduleOf)
        .orElseThrow(() -> new NoSuchInstanceException(rowId(id)));
  }

  private InstanceRecord scheduleOf(StoredInstance row) {
    InstanceRecord record = instances.decode(row);
    if (!record.getWait().hasSchedule()) {
      throw new InstanceStateException("\"" + row.id() + "\" is an instance, not a schedule; ids"
          + " that start with \"" + ROW_PREFIX + "\" are for schedules");
    }
    return record;
  }

  private <T> T locked(String id, Supplier<T> call) {
    return gate.whileOpen(() -> {
      return holds.on(rowId(id), call);
    });
  }

  private ScheduleInfo info(InstanceRecord record) {
    ScheduleWait stored = record.getWait().getSchedule();
    Schedule schedule = stored.getCron().isEmpty()
        ? Schedule.every(Duration.ofMillis(stored.getIntervalMillis()))
        : Schedule.cron(stored.getCron()).inZone(ZoneId.of(stored.getZone()));
    schedule = schedule.onMissedRuns(Schedule.MissedRuns.valueOf(stored.getMissedRuns()))
        .onOverlap(Schedule.Overlap.valueOf(stored.getOverlap()))
        .lateAfter(Duration.ofMillis(stored.getLateAfterMillis()));
    return new ScheduleInfo(stored.getScheduleId(), record.getEntryMethod(), schedule,
        stored.getPaused(), stored.hasTimer() ? InstanceRecords.instant(stored.getTimer()) : null,
        stored.getLastRunId().isEmpty() ? null : stored.getLastRunId());
  }

  static String rowId(String id) {
    return ROW_PREFIX + id;
  }

  /** An id whose row and runs can be stored: that of an instance, short enough for both. */
  private static void checkId(String id) {
    Arguments.id(id);
    // The longest run id: "@" and an instant to the nanosecond in a five-digit year.
    int longest = Math.max(ROW_PREFIX.length(), "@+10000-01-01T00:00:00.000000000Z".length());
    if (id.length() + longest > InstanceIds.MAX_LENGTH) {
      throw new IllegalArgumentException("id is " + id.length() + " characters long; a"
          + " schedule's id can have at most " + (InstanceIds.MAX_LENGTH - longest) + ", so that"
          + " the ids of its row and its runs can be stored");
    }
  }
}
