package dev.resumable.bench;

import dev.resumable.machine.Machine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P2: one suspend and resume of an instance in memory, no encoding and no store, against one
 * park/unpark hand-off between two virtual threads (one continuation suspends, another resumes).
 * The machine side resumes the instance with a tick; it runs its loop once and suspends again.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(3)
public class P2RoundTripBenchmark {

  /** Hand-offs per call, so that waking the calling platform thread once is spread thin. */
  static final int HAND_OFFS = 10_000;

  private static final Clock CLOCK = Clock.systemUTC();

  /** A suspended instance, continued in place by each round trip. */
  @State(Scope.Thread)
  public static class Suspended {
    Machine.Stack stack;
    final Integer tick = 1;

    @Setup
    public void start() {
      stack = Machine.start(new Tally_count(), new ArrayList<>(), CLOCK).stack();
    }
  }

  /** Two virtual threads waiting for their turn. */
  @State(Scope.Thread)
  public static class Players {
    VirtualHandOff handOff;

    @Setup
    public void start() {
      handOff = new VirtualHandOff();
    }

    @TearDown
    public void stop() throws InterruptedException {
      handOff.close();
    }
  }

  @Benchmark
  public Machine.Stack machineRoundTrip(Suspended instance) {
    Machine.Run run = Machine.resume(instance.stack, instance.tick, new ArrayList<>(), CLOCK);
    instance.stack = run.stack();
    return instance.stack;
  }

  @Benchmark
  @OperationsPerInvocation(HAND_OFFS)
  @RequiresJdk(VirtualHandOff.VIRTUAL_THREADS_SINCE)
  public void virtualThreadHandOff(Players players) throws InterruptedException {
    players.handOff.pass(HAND_OFFS);
  }
}
