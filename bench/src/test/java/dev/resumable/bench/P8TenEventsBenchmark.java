package dev.resumable.bench;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import dev.resumable.bench.tenevents.Resumer;
import dev.resumable.bench.tenevents.TemporalTenEvents;
import dev.resumable.bench.tenevents.TenEvents;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P8: end-to-end throughput of a workflow of ten event waits (start it, deliver ten events, have
 * its result), in workflows per second, on one thread: Resumable with its H2 file store against
 * the same workflow on Temporal's in-process test server with a real worker.
 *
 * <p>The two do not store alike: each of Resumable's eleven commits per workflow is forced to
 * the device, while Temporal's in-process server keeps histories in memory and writes nothing,
 * so a busy disk lowers only Resumable's figure.
 *
 * <p>Row: {@code resumableTenEvents / temporalTenSignals}. {@code temporalTenUpdates} is the same
 * on Temporal with each event waited for, as Resumable's resume waits for its commit.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class P8TenEventsBenchmark {

  @Benchmark
  public int resumableTenEvents(ResumableSide resumable) {
    String id = "sum-" + ++resumable.started;
    resumable.workflows.startSum(id);
    Outcome<?> outcome = null;
    for (int i = 1; i <= TenEvents.EVENTS; i++) {
      outcome = resumable.workflows.resume(id, "item", i);
    }
    return outcome.result(Integer.class);
  }

  @Benchmark
  public int temporalTenSignals(TemporalSide temporal) {
    return temporal.workflows.runWithSignals();
  }

  @Benchmark
  public int temporalTenUpdates(TemporalSide temporal) {
    return temporal.workflows.runWithUpdates();
  }

  @State(Scope.Benchmark)
  public static class ResumableSide {
    Engine engine;
    Resumer workflows;
    int started;

    @Setup
    public void open() {
      engine = Engine.builder().storeFile(BenchFiles.freshStore("p8"))
          .receiver(TenEvents.class, new TenEvents()).build();
      workflows = Resumer.on(engine);
    }

    @TearDown
    public void close() {
      engine.close();
    }
  }

  @State(Scope.Benchmark)
  public static class TemporalSide {
    TemporalTenEvents workflows;

    @Setup
    public void open() {
      workflows = TemporalTenEvents.open();
    }

    @TearDown
    public void close() {
      workflows.close();
    }
  }
}
