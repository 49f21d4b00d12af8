package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.EngineHealth;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Up while the store answers and timers fire; down, saying why, when either stops. */
class EngineHealthTest {

  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

  @TempDir Path dir;
  private final SettableClock clock = new SettableClock(T0);
  private Engine engine;
  private Resumer flows;
  private EngineHealth health;

  @BeforeEach
  void open() {
    engine = Engine.builder().storeFile(dir.resolve("store")).clock(clock).onError(e -> {})
        .receiver(OpsFlows.class, new OpsFlows()).build();
    flows = Resumer.on(engine);
    health = EngineHealth.of(engine).withClock(clock).withOverdueLimit(Duration.ofMinutes(5));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void upWithTheStoreAndNoOverdueTimer() {
    flows.startOrder("o1", "42", 100);
    flows.resume("o1", "payment", "ok");

    EngineHealth.Report report = health.check();
    assertTrue(report.up(), report.toString());
    assertEquals(Optional.empty(), report.reason());
    assertEquals("none", report.details().get("oldestOverdueTimer"));
    assertTrue(report.details().get("store").toString().startsWith("H2Store["));
  }

  @Test
  void downWhileATimerIsOverdueBeyondTheLimitAndUpOnceItFired() {
    flows.startOrder("o1", "42", 100);
    flows.resume("o1", "payment", "ok");
    clock.set(T0.plus(Duration.ofDays(1).plusMinutes(4)));
    assertTrue(health.check().up(), "four minutes overdue is within the limit");
    assertEquals(Optional.of(Duration.ofMinutes(4)), health.oldestOverdue());

    clock.set(T0.plus(Duration.ofDays(1).plusMinutes(6)));
    EngineHealth.Report stuck = health.check();
    assertFalse(stuck.up());
    assertEquals("PT6M", stuck.details().get("oldestOverdueTimer"));
    assertTrue(stuck.reason().orElseThrow().contains("overdue for PT6M, longer than PT5M"),
        stuck.reason().orElseThrow());

    assertEquals(1, engine.fireDueTimers());
    assertTrue(health.check().up());
  }

  @Test
  void anUnreadableInstanceDueLongAgoDoesNotMarkTheEngineDown() throws Exception {
    flows.startOrder("broken", "1", 1);
    flows.resume("broken", "payment", "ok");
    flows.startOrder("healthy", "2", 2);
    clock.set(T0.plus(Duration.ofMinutes(30)));
    flows.resume("healthy", "payment", "ok");
    try (StoredRows rows = StoredRows.open(dir.resolve("store"))) {
      rows.writeState("broken", new byte[] {0x0a, (byte) 0xff, 0x01});
    }
    clock.set(T0.plus(Duration.ofDays(1).plusMinutes(32)));

    assertEquals(Optional.of(Duration.ofMinutes(2)), health.oldestOverdue(),
        "the healthy one's timer; the broken one is skipped as the sweep skips it");
    assertTrue(health.check().up());
  }

  @Test
  void downWhenTheEngineNoLongerAnswers() {
    engine.close();

    EngineHealth.Report report = health.check();
    assertFalse(report.up());
    assertTrue(report.reason().orElseThrow().startsWith("the engine or its store did not"
        + " answer: "), report.reason().orElseThrow());
  }

  @Test
  void aLimitUnderASecondIsRefused() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> health.withOverdueLimit(Duration.ofMillis(10)));
    assertTrue(e.getMessage().startsWith("the overdue limit must be at least one second"));
  }
}
