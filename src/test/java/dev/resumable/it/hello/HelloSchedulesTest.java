package dev.resumable.it.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.Schedule;
import dev.resumable.testkit.WorkflowTestKit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HelloCron, HelloSchedules and HelloDelayedStart, restarting at every suspension. */
class HelloSchedulesTest {

  final Greetings greetings = new Greetings();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(HelloSchedules.class, () -> new HelloSchedules(greetings))
      .startingAt(Instant.parse("2030-01-07T08:00:00Z")) // a Monday
      .restartingAtEverySuspension();

  private Resumer resumer() {
    return Resumer.on(kit.engine());
  }

  @Test
  void aCronScheduleStartsARunAtEachTime() {
    resumer().scheduleGreetOnSchedule("weekday-greeting", Schedule.cron("0 9 * * MON-FRI"),
        "World");

    kit.advance(Duration.ofDays(2));
    kit.restart();
    kit.advance(Duration.ofDays(5));

    assertEquals(5, greetings.calls.size()); // Monday to Friday at 09:00
    kit.assertThat("weekday-greeting@2030-01-07T09:00:00Z").isCompletedWith("Hello World!");
  }

  @Test
  void anIntervalScheduleCanBePausedAndResumed() {
    resumer().scheduleGreetOnSchedule("hourly", Schedule.every(Duration.ofHours(1)), "World");
    kit.advance(Duration.ofHours(2));
    kit.engine().schedules().pause("hourly");
    kit.restart();
    kit.advance(Duration.ofHours(3));
    assertEquals(2, greetings.calls.size());

    kit.engine().schedules().resume("hourly");
    kit.advance(Duration.ofHours(1));

    assertEquals(3, greetings.calls.size());
  }

  @Test
  void aDelayedStartRunsOnceItsTimeHasCome() {
    resumer().startGreetOnScheduleAt("later", Instant.parse("2030-01-08T00:00:00Z"), "World");
    kit.advance(Duration.ofHours(15));
    assertEquals(List.of(), greetings.calls);
    kit.restart();

    kit.advance(Duration.ofHours(1));

    kit.assertThat("later").isCompletedWith("Hello World!");
  }
}
