package dev.resumable.bench;

import dev.resumable.Outcome;
import dev.resumable.bench.history.ResumableTicks;
import dev.resumable.bench.history.TemporalTicks;
import dev.resumable.bench.history.TickWorkflow;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P4: the latency of one resume of an instance that has already waited very often, against one
 * that has waited {@value #SHORT_HISTORY} times. Resumable keeps only the live locals, so the two
 * should cost the same; Temporal, its worker's workflow cache emptied before each resume (see
 * {@link TemporalTicks}), replays the whole history.
 *
 * <p>Rows: {@code resumableLongHistory / resumableShortHistory} (target at most 1.1) and, beside
 * it, {@code temporalLongHistory / temporalShortHistory}.
 *
 * <p>Temporal's server fails a workflow at 51,200 history events, and each tick adds five, so
 * Temporal's long history is 10,000 ticks (50,004 events) where Resumable's is 100,000: the
 * longest round number that leaves room for the ticks measured. Each measured resume adds one
 * wait to the long instances, so their histories only grow during a run.
 *
 * <p>Both benchmarks of a side share one state, so they run the same set-up: the long instance
 * is built once (which also warms the JVM up), and before every call a fresh instance waits
 * {@value #SHORT_HISTORY} times, then another instance starts (on Temporal this empties the
 * worker's cache; on Resumable it keeps the fresh instance from being the row written last). The
 * short benchmark resumes the fresh instance, the long one the long instance: the two differ only
 * in the history of the instance resumed, not in what the JVM, the store or the worker did before.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class P4LongHistoryBenchmark {

  static final int SHORT_HISTORY = 10;

  @Benchmark
  public Outcome<?> resumableShortHistory(ResumableHistories histories) {
    return histories.ticks.tick(histories.shortId);
  }

  @Benchmark
  public Outcome<?> resumableLongHistory(ResumableHistories histories) {
    return histories.ticks.tick(histories.longId);
  }

  @Benchmark
  public int temporalShortHistory(TemporalHistories histories) {
    return histories.shortOne.tick();
  }

  @Benchmark
  public int temporalLongHistory(TemporalHistories histories) {
    return histories.longOne.tick();
  }

  @State(Scope.Benchmark)
  public static class ResumableHistories {
    /** Built by real durable resumes, one commit each: under a minute for 100,000. */
    @Param("100000")
    int resumableWaits;

    ResumableTicks ticks;
    String longId;
    String shortId;

    @Setup(Level.Trial)
    public void buildLong() {
      long began = System.nanoTime();
      ticks = ResumableTicks.open(BenchFiles.freshStore("p4"));
      longId = ticks.startWaited(resumableWaits);
      reportSetup("Resumable", resumableWaits, began, "");
    }

    @Setup(Level.Invocation)
    public void buildShort() {
      shortId = ticks.startWaited(SHORT_HISTORY);
      ticks.startAnother();
    }

    @TearDown(Level.Trial)
    public void close() {
      ticks.close();
    }
  }

  @State(Scope.Benchmark)
  public static class TemporalHistories {
    /** Built through the worker's cache in about half a minute for 10,000. */
    @Param("10000")
    int temporalWaits;

    TemporalTicks temporal;
    TickWorkflow longOne;
    TickWorkflow shortOne;

    @Setup(Level.Trial)
    public void buildLong() {
      long began = System.nanoTime();
      temporal = TemporalTicks.open();
      longOne = temporal.startWaited(temporalWaits);
      reportSetup("Temporal", temporalWaits, began,
          ", " + temporal.historyEvents(longOne) + " history events");
      requireUnderServerLimit();
    }

    @Setup(Level.Invocation)
    public void buildShort() {
      shortOne = temporal.startWaited(SHORT_HISTORY);
      temporal.evict();
    }

    /** A history past the limit is one a real server would have failed: no figure for it. */
    @TearDown(Level.Iteration)
    public void requireUnderServerLimit() {
      int events = temporal.historyEvents(longOne);
      if (events > TemporalTicks.SERVER_HISTORY_LIMIT) {
        throw new IllegalStateException("the long Temporal history reached " + events
            + " events, past the " + TemporalTicks.SERVER_HISTORY_LIMIT + " at which Temporal's"
            + " server fails a workflow; lower temporalWaits or measure fewer iterations");
      }
    }

    @TearDown(Level.Trial)
    public void close() {
      temporal.close();
    }
  }

  private static void reportSetup(String engine, int waits, long began, String detail) {
    System.out.printf("%n%s instance waited %,d times in %.1f s%s%n", engine, waits,
        (System.nanoTime() - began) / 1e9, detail);
  }
}
