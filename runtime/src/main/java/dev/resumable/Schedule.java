package dev.resumable;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * When a schedule starts runs: on a cron expression or at a fixed interval, with what to do about
 * runs missed while no engine ran and about a run that comes due while the last one still waits.
 * Immutable; every refusal is an {@link IllegalArgumentException} naming the fix, thrown before
 * anything is stored.
 *
 * <pre>{@code
 * Schedule.cron("0 9 * * MON-FRI").inZone(ZoneId.of("Europe/Paris"))
 *     .onMissedRuns(Schedule.MissedRuns.CATCH_UP).onOverlap(Schedule.Overlap.ALLOW)
 * }</pre>
 */
public final class Schedule {

  /** What happens to runs whose time passed while no engine ran to start them. */
  public enum MissedRuns {
    /**
     * Runs more than {@link #lateAfter} late are skipped; the schedule goes on with its next time
     * after now.
     */
    SKIP,
    /** One run, for the latest time that passed; the earlier ones are skipped. The default. */
    RUN_ONCE,
    /** Every missed run, oldest first, each with the id of its own time. */
    CATCH_UP
  }

  /** What happens when a run comes due while the run started last still waits. */
  public enum Overlap {
    /** The new run is skipped (counted as started for the schedule's times). The default. */
    SKIP,
    /** The new run starts beside it. */
    ALLOW
  }

  private static final CronParser UNIX_CRON =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  /** The longest late start that still counts as on time, by default. */
  public static final Duration DEFAULT_LATE_AFTER = Duration.ofMinutes(1);

  private final String cron;
  private final Duration interval;
  private final ZoneId zone;
  private final MissedRuns missedRuns;
  private final Overlap overlap;
  private final Duration lateAfter;

  private Schedule(String cron, Duration interval, ZoneId zone, MissedRuns missedRuns,
      Overlap overlap, Duration lateAfter) {
    this.cron = cron;
    this.interval = interval;
    this.zone = zone;
    this.missedRuns = missedRuns;
    this.overlap = overlap;
    this.lateAfter = lateAfter;
  }

  /**
   * Runs at the times of a Unix cron expression of five fields, minute hour day-of-month month
   * day-of-week ({@code "0 9 * * MON-FRI"}, {@code "*&#47;15 * * * *"}), in UTC unless {@link
   * #inZone} says otherwise.
   */
  public static Schedule cron(String expression) {
    parse(Arguments.text(expression, "expression"));
    return new Schedule(expression, null, ZoneOffset.UTC, MissedRuns.RUN_ONCE, Overlap.SKIP,
        DEFAULT_LATE_AFTER);
  }

  /** Runs every {@code interval}, the first one interval after the schedule is created. */
  public static Schedule every(Duration interval) {
    Arguments.notNull(interval, "interval");
    if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("interval must be at least one second, not " + interval);
    }
    return new Schedule(null, interval, ZoneOffset.UTC, MissedRuns.RUN_ONCE, Overlap.SKIP,
        DEFAULT_LATE_AFTER);
  }

  /** The zone a cron expression's fields are read in (daylight saving time included). */
  public Schedule inZone(ZoneId zone) {
    return new Schedule(cron, interval, Arguments.notNull(zone, "zone"), missedRuns, overlap,
        lateAfter);
  }

  /** What to do with runs missed while no engine ran; {@link MissedRuns#RUN_ONCE} by default. */
  public Schedule onMissedRuns(MissedRuns policy) {
    return new Schedule(cron, interval, zone, Arguments.notNull(policy, "policy"), overlap,
        lateAfter);
  }

  /** What to do when a run comes due while the last one waits; {@link Overlap#SKIP} by default. */
  public Schedule onOverlap(Overlap policy) {
    return new Schedule(cron, interval, zone, missedRuns, Arguments.notNull(policy, "policy"),
        lateAfter);
  }

  /**
   * How late a run may start and still count as on time rather than missed, for {@link
   * MissedRuns#SKIP}; a minute by default (a running engine's sweep is well within it).
   */
  public Schedule lateAfter(Duration tolerance) {
    if (Arguments.notNull(tolerance, "tolerance").isNegative()) {
      throw new IllegalArgumentException("tolerance must not be negative, not " + tolerance);
    }
    return new Schedule(cron, interval, zone, missedRuns, overlap, tolerance);
  }

  /** The cron expression; null for a schedule at an interval. */
  public String cronExpression() {
    return cron;
  }

  /** The interval; null for a cron schedule. */
  public Duration interval() {
    return interval;
  }

  public ZoneId zone() {
    return zone;
  }

  public MissedRuns missedRuns() {
    return missedRuns;
  }

  public Overlap overlap() {
    return overlap;
  }

  public Duration lateAfter() {
    return lateAfter;
  }

  /** The parsed expression; refused naming the fix if it is not five valid Unix cron fields. */
  static Cron parse(String expression) {
    try {
      return UNIX_CRON.parse(expression).validate();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cron expression \"" + expression + "\" is not valid: "
          + e.getMessage() + "; write five fields, minute hour day-of-month month day-of-week,"
          + " e.g. \"0 9 * * MON-FRI\"", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Schedule s && Objects.equals(cron, s.cron)
        && Objects.equals(interval, s.interval) && zone.equals(s.zone)
        && missedRuns == s.missedRuns && overlap == s.overlap && lateAfter.equals(s.lateAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cron, interval, zone, missedRuns, overlap, lateAfter);
  }

  @Override
  public String toString() {
    return (cron != null ? "cron \"" + cron + "\" in " + zone : "every " + interval)
        + ", missed runs " + missedRuns + ", overlap " + overlap;
  }
}
