package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.Status;
import dev.resumable.store.postgres.PostgresStore;
import dev.resumable.store.postgres.TestPostgres;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A workflow on PostgreSQL that waits for a timer and then an event, each step in a JVM of its
 * own: a started instance, its timer fired by a later JVM's timer thread, its event delivered by
 * a third. The server is the test JVM's; the children only connect to it.
 */
class PostgresAcrossJvmsTest {

  private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
  private static final String CHILD = PostgresEngineChild.class.getName();

  @Test
  void aTimerAndAnEventOnPostgresOutliveTheJvmsThatWaitedForThem() throws Exception {
    String url = TestPostgres.freshSchemaUrl();

    String started = step(url, START, "start", "ann");
    assertTrue(started.contains("ann WAITING"), started);

    // Two hours on, past the one-hour timer: a new JVM's timer thread fires it.
    String fired = step(url, START.plusSeconds(7_200), "timers", "ann");
    assertTrue(fired.contains("woke [ann]"), fired);
    assertTrue(fired.contains("ann WAITING"), fired);

    String answered = step(url, START.plusSeconds(7_300), "answer", "ann");
    assertTrue(answered.contains("ann COMPLETED"), answered);

    try (Engine engine = Engine.builder().store(PostgresStore.open(url)).build()) {
      assertEquals(Status.COMPLETED, engine.status("ann").status());
      assertEquals("ann answered yes", engine.status("ann").result());
    }
  }

  private static String step(String url, Instant clock, String step, String id)
      throws Exception {
    JavaProcess.Result result = JavaProcess.run(List.of(), CHILD, url, clock.toString(), step,
        id);
    assertEquals(0, result.exitCode(), result.output());
    return result.output();
  }
}
