package dev.resumable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.InstanceStateException;
import dev.resumable.NoSuchInstanceException;
import dev.resumable.Schedule;
import dev.resumable.ScheduleInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Durable schedules start runs with ids of their times, on the virtual clock, across restarts. */
class ScheduleTest {

  private static final Instant START = WorkflowTestKit.DEFAULT_START; // a Tuesday
  private static final Duration HOUR = Duration.ofHours(1);

  private final List<String> started = new ArrayList<>();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(Reports.class, () -> new Reports(started, this.kit.clock()));

  private Resumer resumer() {
    return Resumer.on(kit.engine());
  }

  private ScheduleInfo hourly(Schedule.MissedRuns missed) {
    return resumer().scheduleReport("hourly", Schedule.every(HOUR).onMissedRuns(missed), "r",
        Duration.ofMinutes(10));
  }

  @Test
  void anIntervalScheduleStartsARunAtEachTimeWithTheIdOfThatTime() {
    ScheduleInfo created = hourly(Schedule.MissedRuns.RUN_ONCE);
    assertEquals(START.plus(HOUR), created.nextRun());
    kit.assertThat("schedule:hourly")
        .isWaitingFor("schedule \"hourly\": next run at 2030-01-01T01:00:00Z");

    assertEquals(5, kit.advance(Duration.ofHours(3))); // three starts, two ends by 03:00

    assertEquals(List.of("r at 2030-01-01T01:00:00Z", "r at 2030-01-01T02:00:00Z",
        "r at 2030-01-01T03:00:00Z"), started);
    kit.assertThat("hourly@2030-01-01T01:00:00Z").isCompletedWith("r done");
    kit.assertThat("hourly@2030-01-01T03:00:00Z").isWaitingForTimerUntil(
        START.plus(Duration.ofMinutes(190)));
    ScheduleInfo now = kit.engine().schedules().find("hourly").orElseThrow();
    assertEquals(START.plus(Duration.ofHours(4)), now.nextRun());
    assertEquals("hourly@2030-01-01T03:00:00Z", now.lastRunId());
  }

  @Test
  void aCronScheduleRunsAtItsTimesInItsZone() {
    resumer().scheduleReport("weekdays", Schedule.cron("0 9 * * MON-FRI")
        .inZone(java.time.ZoneId.of("Europe/Paris")), "w", Duration.ofMinutes(1));

    kit.advance(Duration.ofDays(7));

    assertEquals(List.of("w at 2030-01-01T08:00:00Z", "w at 2030-01-02T08:00:00Z",
        "w at 2030-01-03T08:00:00Z", "w at 2030-01-04T08:00:00Z", "w at 2030-01-07T08:00:00Z"),
        started);
    kit.assertThat("weekdays@2030-01-07T08:00:00Z").isCompletedWith("w done");
  }

  @Test
  void aScheduleAndItsArgumentsSurviveRestarts() {
    hourly(Schedule.MissedRuns.RUN_ONCE);

    kit.restart();
    kit.advance(HOUR);
    kit.restart();
    kit.advance(HOUR);

    assertEquals(List.of("r at 2030-01-01T01:00:00Z", "r at 2030-01-01T02:00:00Z"), started);
    assertEquals(List.of("hourly"),
        kit.engine().schedules().list().stream().map(ScheduleInfo::id).toList());
  }

  @Test
  void missedRunsAreSkippedBySkip() {
    hourly(Schedule.MissedRuns.SKIP);

    kit.restartAfter(Duration.ofMinutes(330)); // no engine from 00:00 to 05:30
    kit.advance(Duration.ZERO);

    assertEquals(List.of(), started);
    assertEquals(START.plus(Duration.ofHours(6)),
        kit.engine().schedules().find("hourly").orElseThrow().nextRun());
    kit.advance(Duration.ofMinutes(30));
    assertEquals(List.of("r at 2030-01-01T06:00:00Z"), started);
  }

  @Test
  void aRunLessLateThanTheToleranceIsNotMissedUnderSkip() {
    hourly(Schedule.MissedRuns.SKIP);

    kit.restartAfter(HOUR.plusSeconds(30));
    kit.advance(Duration.ZERO);

    assertEquals(List.of("r at 2030-01-01T01:00:30Z"), started);
    kit.assertThat("hourly@2030-01-01T01:00:00Z").isWaiting();
  }

  @Test
  void missedRunsAreRunOnceForTheLatestByRunOnce() {
    hourly(Schedule.MissedRuns.RUN_ONCE);

    kit.restartAfter(Duration.ofMinutes(330));
    kit.advance(Duration.ZERO);

    assertEquals(List.of("r at 2030-01-01T05:30:00Z"), started);
    kit.assertThat("hourly@2030-01-01T05:00:00Z").isWaiting();
    assertThrows(NoSuchInstanceException.class, () -> kit.status("hourly@2030-01-01T04:00:00Z"));
    assertEquals(START.plus(Duration.ofHours(6)),
        kit.engine().schedules().find("hourly").orElseThrow().nextRun());
  }

  @Test
  void missedRunsAreAllRunOldestFirstByCatchUp() {
    resumer().scheduleReport("hourly", Schedule.every(HOUR)
        .onMissedRuns(Schedule.MissedRuns.CATCH_UP).onOverlap(Schedule.Overlap.ALLOW), "r",
        Duration.ofMinutes(10));

    kit.restartAfter(Duration.ofMinutes(330));
    kit.advance(Duration.ZERO);

    assertEquals(5, started.size());
    for (int hour = 1; hour <= 5; hour++) {
      kit.assertThat("hourly@2030-01-01T0" + hour + ":00:00Z").isWaiting();
    }
    assertEquals(START.plus(Duration.ofHours(6)),
        kit.engine().schedules().find("hourly").orElseThrow().nextRun());
  }

  @Test
  void catchingUpWithoutOverlapStartsTheFirstMissedRunAlone() {
    hourly(Schedule.MissedRuns.CATCH_UP);

    kit.restartAfter(Duration.ofMinutes(330));
    kit.advance(Duration.ZERO);

    assertEquals(List.of("r at 2030-01-01T05:30:00Z"), started);
    kit.assertThat("hourly@2030-01-01T01:00:00Z").isWaiting();
    assertThrows(NoSuchInstanceException.class, () -> kit.status("hourly@2030-01-01T02:00:00Z"));
  }

  @Test
  void aRunDueWhileTheLastStillWaitsIsSkippedUnlessOverlapIsAllowed() {
    resumer().scheduleReport("skip", Schedule.every(HOUR), "s", Duration.ofMinutes(90));
    resumer().scheduleReport("allow", Schedule.every(HOUR).onOverlap(Schedule.Overlap.ALLOW),
        "a", Duration.ofMinutes(90));

    kit.advance(Duration.ofHours(3));

    assertEquals(List.of("s at 2030-01-01T01:00:00Z", "s at 2030-01-01T03:00:00Z"),
        started.stream().filter(s -> s.startsWith("s")).toList());
    assertThrows(NoSuchInstanceException.class, () -> kit.status("skip@2030-01-01T02:00:00Z"));
    assertEquals(3, started.stream().filter(s -> s.startsWith("a")).count());
  }

  @Test
  void aPausedScheduleStartsNothingAndResumesAtItsNextTimeAfterNow() {
    hourly(Schedule.MissedRuns.CATCH_UP);

    ScheduleInfo paused = kit.engine().schedules().pause("hourly");
    assertTrue(paused.paused());
    assertNull(paused.nextRun());
    kit.assertThat("schedule:hourly").isWaitingFor("schedule \"hourly\": paused");
    assertEquals(0, kit.advance(Duration.ofMinutes(150)));
    kit.restart();

    ScheduleInfo resumed = kit.engine().schedules().resume("hourly");
    assertFalse(resumed.paused());
    assertEquals(START.plus(Duration.ofHours(3)), resumed.nextRun());
    kit.advance(HOUR);
    assertEquals(List.of("r at 2030-01-01T03:00:00Z"), started);
  }

  @Test
  void aDeletedScheduleStartsNothingMoreAndItsRunsStay() {
    hourly(Schedule.MissedRuns.RUN_ONCE);
    kit.advance(HOUR);

    kit.engine().schedules().delete("hourly");

    assertEquals(List.of(), kit.engine().schedules().list());
    assertTrue(kit.engine().schedules().find("hourly").isEmpty());
    kit.advance(Duration.ofHours(3));
    assertEquals(List.of("r at 2030-01-01T01:00:00Z"), started);
    kit.assertThat("hourly@2030-01-01T01:00:00Z").isCompletedWith("r done");
    assertThrows(NoSuchInstanceException.class,
        () -> kit.engine().schedules().delete("hourly"));
  }

  @Test
  void aBadCronExpressionIsRefusedNamingTheFixAndNothingIsStored() {
    var refused = assertThrows(IllegalArgumentException.class,
        () -> resumer().scheduleReport("bad", Schedule.cron("61 * * * *"), "b", HOUR));
    assertTrue(refused.getMessage().startsWith("cron expression \"61 * * * *\" is not valid: "),
        refused.getMessage());
    assertTrue(refused.getMessage().endsWith("write five fields, minute hour day-of-month month"
        + " day-of-week, e.g. \"0 9 * * MON-FRI\""), refused.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Schedule.cron("0 9 * *"));
    assertThrows(IllegalArgumentException.class, () -> Schedule.every(Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> resumer().scheduleReport(" ", Schedule.every(HOUR), "b", HOUR));
    assertEquals(List.of(), kit.engine().schedules().list());
    assertThrows(NoSuchInstanceException.class, () -> kit.status("schedule:bad"));
  }

  @Test
  void aTakenIdIsRefusedAndTheScheduleKeptAsItWas() {
    hourly(Schedule.MissedRuns.RUN_ONCE);

    var taken = assertThrows(IllegalStateException.class, () -> resumer().scheduleReport(
        "hourly", Schedule.cron("0 0 * * *"), "x", HOUR));
    assertTrue(taken.getMessage().contains("schedule \"hourly\" exists already"),
        taken.getMessage());
    assertEquals(Duration.ofHours(1),
        kit.engine().schedules().find("hourly").orElseThrow().schedule().interval());
  }

  @Test
  void aSchedulesRowTakesNoEventsAndNoCancellation() {
    hourly(Schedule.MissedRuns.RUN_ONCE);

    assertThrows(InstanceStateException.class,
        () -> resumer().resume("schedule:hourly", "x", "y"));
    assertThrows(InstanceStateException.class, () -> resumer().cancel("schedule:hourly"));
    kit.assertThat("schedule:hourly").hasEmptyInbox();
  }

  @Test
  void aDryRunOfTheBuildFindsNothingToRefuseInASchedulesRow() {
    hourly(Schedule.MissedRuns.RUN_ONCE);
    resumer().startReportAt("later", START.plus(HOUR), "l", HOUR);

    assertEquals(List.of(), kit.engine().dryRun());
    assertEquals("schedule \"hourly\": next run at 2030-01-01T01:00:00Z",
        kit.inspect("schedule:hourly").waitingFor());
  }
}
