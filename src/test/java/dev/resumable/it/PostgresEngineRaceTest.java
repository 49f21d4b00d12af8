package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.resumable.Engine;
import dev.resumable.InstanceFinishedException;
import dev.resumable.Outcome;
import dev.resumable.store.postgres.PostgresStore;
import dev.resumable.store.postgres.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two engines on one PostgreSQL database that share nothing in this JVM (their stores have
 * different data keys, so no in-JVM lock keeps them apart, as between two processes) deliver an
 * event to the same waiting instance at the same moment, over and over: each time the code after
 * the wait runs once, as the rows it leaves in the application's table show, one delivery
 * applies and the other finds the instance ended.
 */
class PostgresEngineRaceTest {

  private static final int TRIALS = Integer.getInteger("resumable.drill.engineRaces", 1_000);

  @Test
  void twoEnginesRacingOnOneInstanceRunItsCodeOnce() throws Exception {
    String url = TestPostgres.freshSchemaUrl();
    // The same server and schema by another host name: another data key, so nothing is shared.
    String sameDatabase = url.replace("//localhost:", "//127.0.0.1:");
    execute(url, "CREATE TABLE applied (id TEXT NOT NULL, sender TEXT NOT NULL,"
        + " engine TEXT NOT NULL)");
    PostgresStore storeA = PostgresStore.open(url);
    PostgresStore storeB = PostgresStore.open(sameDatabase);
    assertNotEquals(storeA.dataKey(), storeB.dataKey(), "the engines must not share locks");
    ExecutorService senders = Executors.newFixedThreadPool(2);
    try (Engine a = Engine.builder().store(storeA)
            .receiver(RaceFlows.class, new RaceFlows(url, "a")).build();
        Engine b = Engine.builder().store(storeB)
            .receiver(RaceFlows.class, new RaceFlows(url, "b")).build()) {
      Map<String, String> winners = new HashMap<>();
      for (int i = 0; i < TRIALS; i++) {
        String id = "race-" + i;
        Resumer.on(i % 2 == 0 ? a : b).startAwaitGo(id, id);
        CountDownLatch go = new CountDownLatch(1);
        Future<Outcome<?>> fromA = senders.submit(() -> {
          go.await();
          return a.resume(id, "go", "a");
        });
        Future<Outcome<?>> fromB = senders.submit(() -> {
          go.await();
          return b.resume(id, "go", "b");
        });
        go.countDown();
        List<String> applied = new ArrayList<>();
        for (Future<Outcome<?>> delivery : List.of(fromA, fromB)) {
          try {
            Outcome<?> outcome = delivery.get(1, TimeUnit.MINUTES);
            assertEquals(dev.resumable.Status.COMPLETED, outcome.status(), id);
            applied.add((String) outcome.result());
          } catch (ExecutionException e) {
            assertInstanceOf(InstanceFinishedException.class, e.getCause(), id);
          }
        }
        assertEquals(1, applied.size(), id + ": deliveries that applied " + applied);
        assertEquals(applied.get(0), a.status(id).result(), id);
        winners.put(id, applied.get(0));
      }
      Map<String, List<String>> ran = new HashMap<>();
      try (Connection connection = DriverManager.getConnection(url);
          Statement sql = connection.createStatement();
          ResultSet rows = sql.executeQuery("SELECT id, sender FROM applied")) {
        while (rows.next()) {
          ran.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
        }
      }
      assertEquals(TRIALS, ran.size(), "instances whose code ran");
      winners.forEach((id, winner) -> assertEquals(List.of(winner), ran.get(id),
          id + ": the code after the wait ran for these senders"));
      long byA = winners.values().stream().filter("a"::equals).count();
      System.out.println("engine races: " + TRIALS + " trials, won by a " + byA + ", by b "
          + (TRIALS - byA));
    } finally {
      senders.shutdownNow();
    }
  }

  private static void execute(String url, String statement) throws Exception {
    try (Connection connection = DriverManager.getConnection(url);
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }
}
