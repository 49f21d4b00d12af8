package dev.resumable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** advance fires due timers in due order at their due times, and none beyond the target. */
class VirtualTimeTest {

  private static final Instant START = WorkflowTestKit.DEFAULT_START;

  private final List<String> wakes = new ArrayList<>();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(Sleepers.class, () -> new Sleepers(wakes, this.kit.clock()));

  private Resumer sleepers() {
    return Resumer.on(kit.engine());
  }

  @Test
  void chainedTimersOfTwoInstancesFireInDueOrderAtTheirDueTimes() {
    sleepers().startRepeat("daily", "daily", Duration.ofHours(24), 3);
    sleepers().startRepeat("often", "often", Duration.ofHours(20), 4);

    assertEquals(6, kit.advance(Duration.ofDays(3)));

    assertEquals(List.of(
        "often 1 at 2030-01-01T20:00:00Z",
        "daily 1 at 2030-01-02T00:00:00Z",
        "often 2 at 2030-01-02T16:00:00Z",
        "daily 2 at 2030-01-03T00:00:00Z",
        "often 3 at 2030-01-03T12:00:00Z",
        "daily 3 at 2030-01-04T00:00:00Z"), wakes);
    kit.assertThat("daily").isCompletedWith(3);
    kit.assertThat("often").isWaitingForTimerUntil(START.plus(Duration.ofHours(80)));
    assertEquals(START.plus(Duration.ofDays(3)), kit.now());
  }

  @Test
  void aLoopThatSleepsADayWakesFiveTimesInFiveDays() {
    sleepers().startRepeat("loop", "loop", Duration.ofDays(1), 10);

    assertEquals(5, kit.advance(Duration.ofDays(5)));

    assertEquals(5, wakes.size());
    assertEquals("loop 5 at 2030-01-06T00:00:00Z", wakes.get(4));
    kit.assertThat("loop").isWaitingForTimerUntil(START.plus(Duration.ofDays(6)));
  }

  @Test
  void timersBeyondTheTargetDoNotFire() {
    sleepers().startRepeat("later", "later", Duration.ofHours(10), 1);

    assertEquals(0, kit.advance(Duration.ofHours(9)));
    assertEquals(0, kit.advance(Duration.ofMinutes(59).plusSeconds(59)));
    kit.assertThat("later").isWaitingForTimerUntil(START.plus(Duration.ofHours(10)));
    assertEquals(List.of(), wakes);

    assertEquals(1, kit.advance(Duration.ofSeconds(1)));
    assertEquals(List.of("later 1 at 2030-01-01T10:00:00Z"), wakes);
    kit.assertThat("later").isCompletedWith(1);
  }

  @Test
  void advanceToAMomentAndAdvanceByNothing() {
    sleepers().startRepeat("once", "once", Duration.ofHours(1), 1);

    assertEquals(0, kit.advance(Duration.ZERO));
    assertEquals(1, kit.advanceTo(START.plus(Duration.ofHours(2))));
    assertEquals(START.plus(Duration.ofHours(2)), kit.now());
  }

  @Test
  void timeStandsStillUntilAdvanced() {
    Instant before = kit.now();
    sleepers().startRepeat("still", "still", Duration.ofMillis(1), 1);

    kit.restart();

    assertEquals(START, before);
    assertEquals(START, kit.now());
    kit.assertThat("still").isWaitingForTimerUntil(START.plusMillis(1));
  }

  @Test
  void theClockCanStartAtAnotherMoment() {
    Instant elsewhere = Instant.parse("2026-11-20T10:00:00Z");
    try (WorkflowTestKit own = WorkflowTestKit.create().startingAt(elsewhere)) {
      assertEquals(elsewhere, own.now());
      assertEquals(elsewhere, own.clock().instant());
    }
  }

  @Test
  void underAutoRestartEveryFiringRunsOnAFreshEngineInTheSameOrder() {
    try (WorkflowTestKit restarting = WorkflowTestKit.create().restartingAtEverySuspension()) {
      List<String> restartedWakes = new ArrayList<>();
      restarting.receiver(Sleepers.class,
          () -> new Sleepers(restartedWakes, restarting.clock()));
      Resumer.on(restarting.engine()).startRepeat("daily", "daily", Duration.ofHours(24), 3);
      Resumer.on(restarting.engine()).startRepeat("often", "often", Duration.ofHours(20), 4);

      assertEquals(6, restarting.advance(Duration.ofDays(3)));

      assertEquals(List.of(
          "often 1 at 2030-01-01T20:00:00Z",
          "daily 1 at 2030-01-02T00:00:00Z",
          "often 2 at 2030-01-02T16:00:00Z",
          "daily 2 at 2030-01-03T00:00:00Z",
          "often 3 at 2030-01-03T12:00:00Z",
          "daily 3 at 2030-01-04T00:00:00Z"), restartedWakes);
      // Two starts and six firings: a restart between every two of these eight steps.
      assertEquals(7, restarting.restarts());
    }
  }

  @Test
  void timersDueAtTheSameMomentEachGetAFreshEngineUnderAutoRestart() {
    try (WorkflowTestKit restarting = WorkflowTestKit.create().restartingAtEverySuspension()) {
      List<String> restartedWakes = new ArrayList<>();
      restarting.receiver(Sleepers.class,
          () -> new Sleepers(restartedWakes, restarting.clock()));
      for (String name : List.of("a", "b", "c")) {
        Resumer.on(restarting.engine()).startRepeat(name, name, Duration.ofHours(1), 1);
      }

      assertEquals(3, restarting.advance(Duration.ofHours(1)));

      assertEquals(3, restartedWakes.size());
      assertEquals(5, restarting.restarts());
    }
  }
}
