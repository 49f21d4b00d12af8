package dev.resumable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Status;
import dev.resumable.store.InstanceExistsException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** start<Method>At stores an instance that waits for its start, and the timer sweep starts it. */
class DelayedStartTest {

  private static final Instant START = WorkflowTestKit.DEFAULT_START;

  private final List<String> wakes = new ArrayList<>();
  private final AtomicInteger greeters = new AtomicInteger();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(Sleepers.class, () -> new Sleepers(wakes, this.kit.clock()))
      .receiver(Greeter.class, () -> new Greeter(greeters.incrementAndGet()));

  private Resumer resumer() {
    return Resumer.on(kit.engine());
  }

  @Test
  void anInstanceWaitsForItsStartAndRunsWhenTheVirtualClockReachesIt() {
    var stored = resumer().startRepeatAt("later", START.plus(Duration.ofHours(2)), "later",
        Duration.ofHours(1), 1);

    assertEquals(Status.WAITING, stored.status());
    assertEquals(START.plus(Duration.ofHours(2)), stored.timerDue());
    kit.assertThat("later").isWaitingFor("start at 2030-01-01T02:00:00Z");
    assertEquals(0, kit.advance(Duration.ofMinutes(119)));
    assertEquals(List.of(), wakes);

    assertEquals(1, kit.advance(Duration.ofMinutes(1)));
    kit.assertThat("later").isWaitingForTimerUntil(START.plus(Duration.ofHours(3)));
    assertEquals(1, kit.advance(Duration.ofHours(1)));
    assertEquals(List.of("later 1 at 2030-01-01T03:00:00Z"), wakes);
    kit.assertThat("later").isCompletedWith(1);
  }

  @Test
  void aStartForLaterSurvivesARestartWithItsArguments() {
    resumer().startGreetAt("g", START.plus(Duration.ofDays(1)), "Ann");

    kit.restart();
    kit.assertThat("g").isWaitingFor("start at 2030-01-02T00:00:00Z");
    assertEquals(1, kit.advance(Duration.ofDays(1)));
    kit.restart();

    kit.assertThat("g").isWaitingForEvent("greeting");
    resumer().resume("g", "greeting", "Hello");
    kit.assertThat("g").isCompletedWith("Hello, Ann, from greeter 3");
  }

  @Test
  void eventsSentBeforeTheStartWaitInItsInboxForTheWaitThatAsks() {
    resumer().startGreetAt("g", START.plus(Duration.ofHours(1)), "Bo");

    resumer().resume("g", "greeting", "Hi");
    kit.assertThat("g").hasInbox("greeting");

    kit.advance(Duration.ofHours(1));
    kit.assertThat("g").isCompletedWith("Hi, Bo, from greeter 1");
  }

  @Test
  void aStartTimeThatHasPassedIsDueAtOnce() {
    resumer().startRepeatAt("past", START.minus(Duration.ofDays(1)), "past",
        Duration.ofHours(1), 1);

    assertEquals(1, kit.advance(Duration.ZERO));
    kit.assertThat("past").isWaitingForTimerUntil(START.plus(Duration.ofHours(1)));
  }

  @Test
  void cancellingBeforeTheStartEndsItWithoutRunningAnything() {
    resumer().startRepeatAt("c", START.plus(Duration.ofHours(1)), "c", Duration.ofHours(1), 1);

    resumer().cancel("c");

    kit.assertThat("c").hasStatus(Status.CANCELLED);
    assertEquals(0, kit.advance(Duration.ofDays(1)));
    assertEquals(List.of(), wakes);
  }

  @Test
  void aTakenIdIsRefusedAndTheInstanceKeptAsItWas() {
    resumer().startGreet("g", "Cy");

    assertThrows(InstanceExistsException.class,
        () -> resumer().startGreetAt("g", START.plus(Duration.ofHours(1)), "Di"));
    kit.assertThat("g").isWaitingForEvent("greeting");
  }

  @Test
  void badInputIsRefusedNamingTheParameterAndNothingIsStored() {
    var late = assertThrows(IllegalArgumentException.class,
        () -> resumer().startGreetAt("g", Instant.parse("+10000-01-01T00:00:00Z"), "Ed"));
    assertTrue(late.getMessage().contains("startAt"), late.getMessage());
    var none = assertThrows(IllegalArgumentException.class,
        () -> resumer().startGreetAt("g", null, "Ed"));
    assertTrue(none.getMessage().contains("startAt"), none.getMessage());
    assertThrows(dev.resumable.NoSuchInstanceException.class, () -> kit.status("g"));
  }
}
