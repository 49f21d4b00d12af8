package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.resumable.Engine;
import dev.resumable.NoSuchInstanceException;
import dev.resumable.Schedule;
import dev.resumable.ScheduleInfo;
import dev.resumable.Status;
import dev.resumable.store.postgres.PostgresStore;
import dev.resumable.store.postgres.TestPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A schedule on PostgreSQL, fired by two engines on one database at once after ten of its runs
 * were missed: every run is started once, and the schedule moves on once.
 */
class PostgresSchedulesTest {

  private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

  @Test
  void twoEnginesCatchingUpOnOneScheduleStartEachRunOnce() throws Exception {
    String url = TestPostgres.freshSchemaUrl();
    try (Engine engine = engine(url, START, "creator")) {
      Resumer.on(engine).scheduleNapThenRecord("minutely", Schedule.every(Duration.ofMinutes(1))
          .onMissedRuns(Schedule.MissedRuns.CATCH_UP).onOverlap(Schedule.Overlap.ALLOW), "nap");
    }

    Instant later = START.plus(Duration.ofMinutes(10)).plusSeconds(30);
    try (Engine first = engine(url, later, "first"); Engine second = engine(url, later, "second")) {
      CompletableFuture<Integer> one = CompletableFuture.supplyAsync(first::fireDueTimers);
      CompletableFuture<Integer> two = CompletableFuture.supplyAsync(second::fireDueTimers);
      assertEquals(1, one.get() + two.get(), "firings of the schedule");

      for (int minute = 1; minute <= 10; minute++) {
        String run = "minutely@" + START.plus(Duration.ofMinutes(minute));
        assertEquals(Status.WAITING, first.status(run).status(), run);
      }
      assertThrows(NoSuchInstanceException.class,
          () -> first.status("minutely@" + START.plus(Duration.ofMinutes(11))));
      ScheduleInfo schedule = second.schedules().find("minutely").orElseThrow();
      assertEquals(START.plus(Duration.ofMinutes(11)), schedule.nextRun());
      assertEquals("minutely@" + START.plus(Duration.ofMinutes(10)), schedule.lastRunId());
      assertEquals(List.of("minutely"),
          first.schedules().list().stream().map(ScheduleInfo::id).toList());
    }
  }

  private static Engine engine(String url, Instant now, String node) {
    return Engine.builder().store(PostgresStore.open(url)).clock(Clock.fixed(now, ZoneOffset.UTC))
        .receiver(NodeFlows.class, new NodeFlows(url, node)).build();
  }
}
