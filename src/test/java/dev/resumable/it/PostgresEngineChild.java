package dev.resumable.it;

import dev.resumable.Engine;
import dev.resumable.store.postgres.PostgresStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * The child JVM of {@link PostgresAcrossJvmsTest}: one step of a workflow on an engine whose
 * store is a PostgreSQL database, then exit. Each step starts with nothing in memory.
 *
 * <p>Arguments: JDBC URL, the instant the engine's clock stands at, the step ({@code start},
 * {@code timers} or {@code answer}), the instance id.
 */
public final class PostgresEngineChild {

  private PostgresEngineChild() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    Clock clock = Clock.fixed(Instant.parse(args[1]), ZoneOffset.UTC);
    String step = args[2];
    String id = args[3];
    TimerFlows flows = new TimerFlows();
    try (Engine engine = Engine.builder().store(PostgresStore.open(url)).clock(clock)
        .receiver(TimerFlows.class, flows).timerPollInterval(Duration.ofMillis(20)).build()) {
      switch (step) {
        case "start" -> Resumer.on(engine).startRemindLater(id, id, Duration.ofHours(1));
        case "timers" -> {
          // The engine's own timer thread finds the overdue timer in the database.
          engine.start();
          if (!flows.wokeOnce.await(1, TimeUnit.MINUTES)) {
            throw new AssertionError("the due timer did not fire within a minute");
          }
          System.out.println("woke " + flows.woke);
        }
        case "answer" -> engine.resume(id, "answer", "yes");
        default -> throw new IllegalArgumentException("no step " + step);
      }
      System.out.println(id + " " + engine.status(id).status() + " in JVM "
          + ProcessHandle.current().pid());
    }
  }
}
