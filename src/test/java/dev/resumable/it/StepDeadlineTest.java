package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.Engine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step whose deadline passed while no engine ran makes no further attempt when an engine comes
 * back: one would be abandoned at once, its side effects made for nothing.
 */
class StepDeadlineTest {

  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

  @TempDir Path dir;
  private final SettableClock clock = new SettableClock(T0);
  private final StepFlows.World world = new StepFlows.World();

  @Test
  void anEngineBackAfterTheDeadlineEndsTheStepWithoutCallingIt() {
    try (Engine engine = engine()) {
      Resumer.on(engine).startTryUntilDeadline("d2", "o-8"); // attempt 1 at +0 s
      clock.set(T0.plusSeconds(2));
      assertEquals(1, engine.fireDueTimers()); // attempt 2 at +2 s, the next due at +4 s
    }
    clock.set(T0.plus(Duration.ofHours(1))); // no engine ran from +2 s until now

    try (Engine engine = engine()) {
      assertEquals(1, engine.fireDueTimers());

      assertEquals("StepTimeoutException: the deadline of PT5S for the step unreachable(order)"
          + " passed before attempt 3 could start; the attempts before it failed with"
          + " java.io.IOException: no answer for o-8", engine.status("d2").result());
    }
    assertEquals(List.of("unreachable o-8", "unreachable o-8"), world.calls);
  }

  private Engine engine() {
    return Engine.builder().storeFile(dir.resolve("store")).clock(clock)
        .receiver(StepFlows.class, new StepFlows(world)).build();
  }
}
