package dev.resumable.bench;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import dev.resumable.store.StoredInstance;
import dev.resumable.store.h2.H2Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * P7: a store holding many suspended instances. For each count, in a fresh JVM: the latency of
 * resuming a random one of them (sampled, so p50 and p99 can be read), and, after each
 * iteration, the heap that is still in use after a full GC; and the store file's size per
 * instance once loaded. If the engine kept anything per stored instance in memory, the heap
 * would grow with the count.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class P7MillionInstancesBenchmark {

  static final String ID_PREFIX = "order-";

  /** A store file with {@code count} orders waiting for a status update, and an engine on it. */
  @State(Scope.Benchmark)
  public static class Loaded {
    @Param({"10000", "100000", "1000000"})
    public int count;

    Path directory;
    Path file;
    Engine engine;
    Resumer orders;
    long fileBytesAfterLoad;

    @Setup
    public void load() {
      directory = BenchFiles.freshDirectory("p7-" + count);
      file = directory.resolve("store");
      StoredInstance template;
      try (Engine starter = Engine.builder().storeFile(file).build()) {
        String first = ID_PREFIX + 0;
        Resumer.on(starter).startTrack(first, first, OrderTracking.customer(),
            OrderTracking.lines());
        template = starter.store().load(first).orElseThrow();
      }
      BulkLoad.copies(file, template, ID_PREFIX, 1, count);
      try {
        fileBytesAfterLoad = Files.size(databaseFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      engine = Engine.builder().storeFile(file).build();
      orders = Resumer.on(engine);
    }

    Path databaseFile() {
      return directory.resolve("store" + H2Store.FILE_SUFFIX);
    }

    @TearDown
    public void delete() {
      engine.close();
      BenchFiles.delete(directory);
    }
  }

  /**
   * Figures taken at the end of each iteration, while the engine is still open, and reported
   * beside the latency. JMH reads the public methods only after the trial's tear-down.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Footprint {
    private double heapBytes;
    private double fileBytesPerInstance;

    @TearDown(Level.Iteration)
    public void measure(Loaded store) {
      for (int i = 0; i < 3; i++) {
        System.gc();
      }
      heapBytes = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      fileBytesPerInstance = (double) store.fileBytesAfterLoad / store.count;
    }

    /** Heap in use after full collections, with the engine open on the loaded store. */
    public double heapBytesAfterFullGc() {
      return heapBytes;
    }

    /** The store file right after loading, divided by the instances in it. */
    public double storeFileBytesPerInstance() {
      return fileBytesPerInstance;
    }
  }

  @Benchmark
  public Outcome<?> resumeRandomInstance(Loaded store, Footprint footprint) {
    String id = ID_PREFIX + ThreadLocalRandom.current().nextInt(store.count);
    return store.orders.resume(id, OrderTracking.inTransit());
  }
}
