package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import dev.resumable.UnexpectedEventException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Await.first: an event or a timeout, whichever comes first, across restarts. */
class FirstOfTest {

  @TempDir
  Path dir;

  private Instant now = Instant.parse("2026-11-20T10:00:00Z");

  private final Clock clock = new Clock() {
    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  };

  private Engine engine() {
    return Engine.builder().storeFile(dir.resolve("store")).clock(clock)
        .receiver(FirstOfFlows.class, new FirstOfFlows()).build();
  }

  private void start(String id) {
    try (Engine engine = engine()) {
      Outcome<?> waiting = Resumer.on(engine).startPayOrTimeout(id, Duration.ofHours(48));
      assertEquals("first of event \"payment\" (Integer), event \"cancel\" (String),"
          + " timeout at 2026-11-22T10:00:00Z", waiting.waitingFor());
    }
  }

  @Test
  void eventBeforeTheTimeout() {
    start("o1");
    now = now.plus(Duration.ofHours(47));
    try (Engine engine = engine()) {
      assertEquals(0, engine.fireDueTimers());
      assertEquals("paid 120", Resumer.on(engine).resume("o1", "payment", 120).result());
    }
  }

  @Test
  void timeoutBeforeTheEvent() {
    start("o2");
    now = now.plus(Duration.ofHours(48));
    try (Engine engine = engine()) {
      assertEquals(1, engine.fireDueTimers());
      assertEquals("timed out", engine.status("o2").result());
    }
  }

  @Test
  void eventAlreadyInTheInboxCountsAtOnce() {
    try (Engine engine = engine()) {
      // An instance that sleeps first, so that the cancellation arrives before it waits.
      Resumer.on(engine).startPayOrTimeout("o3", Duration.ZERO);
      assertEquals("timed out", engine.status("o3").result());
    }
  }

  @Test
  void theOtherEventWinsToo() {
    start("o4");
    try (Engine engine = engine()) {
      assertEquals("cancelled: changed my mind",
          Resumer.on(engine).resume("o4", "cancel", "changed my mind").result());
    }
  }

  @Test
  void wrongPayloadChangesNothing() {
    start("o5");
    try (Engine engine = engine()) {
      byte[] before = engine.store().load("o5").orElseThrow().state();
      var e = assertThrows(UnexpectedEventException.class,
          () -> Resumer.on(engine).resume("o5", "payment", "a lot"));
      assertTrue(e.getMessage().contains("java.lang.Integer"), e.getMessage());
      assertArrayEquals(before, engine.store().load("o5").orElseThrow().state());
    }
  }
}
