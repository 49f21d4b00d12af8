package dev.resumable.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.resumable.machine.Machine;
import dev.resumable.proto.FrameRecord;
import java.time.Clock;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The benchmarks measure what they claim: both sides of a ratio do the same work. */
class BenchmarkSubjectsTest {

  private static final Clock CLOCK = Clock.systemUTC();

  @Test
  void theLoopThroughTheStateMachineComputesWhatPlainJavaComputes() {
    P1HotLoopBenchmark benchmark = new P1HotLoopBenchmark();
    benchmark.lines = 1000;
    benchmark.invoice();

    assertEquals(benchmark.plainJava(), benchmark.resumable());
  }

  @Test
  void roundTripsInMemoryContinueTheSameInstance() {
    Machine.Run run = Machine.start(new Tally_count(), new ArrayList<>(), CLOCK);
    for (int tick = 1; tick <= 100; tick++) {
      run = Machine.resume(run.stack(), tick, new ArrayList<>(), CLOCK);
    }

    FrameRecord frame = run.frames().get(0);
    assertEquals(5050, frame.getLocalsOrThrow("sum").getIntValue());
  }

  @Test
  void onlyASuspendedRunHasFramesToContinue() {
    Machine.Run waiting = Machine.start(new Invoices_total(new long[] {5}, new int[] {2}),
        new ArrayList<>(), CLOCK);
    Machine.Run completed = Machine.resume(waiting.stack(), 0, new ArrayList<>(), CLOCK);

    assertEquals(10L, completed.value());
    IllegalStateException thrown = assertThrows(IllegalStateException.class, completed::stack);
    assertEquals("this run completed; only a suspended run has frames to continue",
        thrown.getMessage());
  }

  @Test
  void virtualThreadsHandOffTheTurnAsOftenAsAsked() throws Exception {
    assumeTrue(VirtualHandOff.available(), "virtual threads need JDK 21+");
    try (VirtualHandOff handOff = new VirtualHandOff()) {
      assertEquals(1000, handOff.pass(1000));
      assertEquals(1, handOff.pass(1));
    }
  }

  @Test
  void withoutVirtualThreadsTheHandOffSaysWhichJdkItNeeds() {
    assumeTrue(!VirtualHandOff.available(), "this JDK has virtual threads");
    UnsupportedOperationException thrown =
        assertThrows(UnsupportedOperationException.class, VirtualHandOff::new);
    assertEquals("virtual threads need JDK 21+; this is " + Runtime.version(),
        thrown.getMessage());
  }
}
