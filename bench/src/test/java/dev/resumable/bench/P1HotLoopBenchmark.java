package dev.resumable.bench;

import dev.resumable.machine.Machine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P1: a hot loop with no wait inside it, run through the generated state machine against the same
 * loop as plain Java. The machine side pays everything a real instance does around the loop: the
 * frame is created, runs to its wait before the loop and suspends, then is resumed with the
 * discount and runs the loop to its end. Both sides return the total, which JMH consumes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(3)
public class P1HotLoopBenchmark {

  private static final Clock CLOCK = Clock.systemUTC();

  /** Invoice lines per run of the loop. */
  @Param("10000")
  public int lines;

  long[] unitPrices;
  int[] quantities;
  Integer discountPercent;

  @Setup
  public void invoice() {
    SplittableRandom random = new SplittableRandom(42);
    unitPrices = new long[lines];
    quantities = new int[lines];
    for (int i = 0; i < lines; i++) {
      unitPrices[i] = 100 + random.nextInt(100_000);
      quantities[i] = 1 + random.nextInt(20);
    }
    discountPercent = 15;
  }

  @Benchmark
  public long resumable() {
    Machine.Run waiting = Machine.start(new Invoices_total(unitPrices, quantities),
        new ArrayList<>(), CLOCK);
    return (Long) Machine.resume(waiting.stack(), discountPercent, new ArrayList<>(), CLOCK)
        .value();
  }

  @Benchmark
  public long plainJava() {
    return Invoices.totalPlain(discountPercent, unitPrices, quantities);
  }
}
