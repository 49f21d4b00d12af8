package dev.resumable.bench;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P3: durable resumes per second on the H2 file store, from 1, 8 and 16 threads that each resume
 * an instance of their own, against what one thread gets from writing a block and calling
 * {@link FileChannel#force} on a file in the same directory: the rate the disk allows a writer
 * that waits for each write to be durable.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 4)
@Measurement(iterations = 4, time = 3)
@Fork(2)
public class P3DurableResumeBenchmark {

  /** One engine on a new store file, shared by all threads of a trial. */
  @State(Scope.Benchmark)
  public static class Store {
    Path directory;
    Engine engine;
    Resumer resumer;
    final AtomicInteger instances = new AtomicInteger();

    @Setup
    public void open() {
      directory = BenchFiles.freshDirectory("p3");
      engine = Engine.builder().storeFile(directory.resolve("store")).build();
      resumer = Resumer.on(engine);
    }

    @TearDown
    public void close() {
      engine.close();
      BenchFiles.delete(directory);
    }
  }

  /** The instance a thread resumes, waiting for its next status update. */
  @State(Scope.Thread)
  public static class OwnInstance {
    String id;
    final OrderTracking.StatusUpdate update = OrderTracking.inTransit();

    @Setup
    public void start(Store store) {
      id = "order-" + store.instances.incrementAndGet();
      store.resumer.startTrack(id, id, OrderTracking.customer(), OrderTracking.lines());
    }
  }

  /** A file of 1 MiB that one thread overwrites a 4 KiB block of, then forces. */
  @State(Scope.Thread)
  public static class Disk {
    static final int BLOCK = 4096;
    static final int BLOCKS = 256;
    Path directory;
    FileChannel file;
    final ByteBuffer block = ByteBuffer.allocateDirect(BLOCK);
    long writes;

    @Setup
    public void open() throws IOException {
      directory = BenchFiles.freshDirectory("p3-force");
      file = FileChannel.open(directory.resolve("blocks"), StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      for (int i = 0; i < BLOCKS; i++) {
        writeBlock(i);
      }
      file.force(true);
    }

    void writeBlock(long index) throws IOException {
      block.clear();
      block.putLong(0, index);
      file.write(block, (index % BLOCKS) * BLOCK);
    }

    @TearDown
    public void close() throws IOException {
      file.close();
      BenchFiles.delete(directory);
    }
  }

  @Benchmark
  @Threads(1)
  public Outcome<?> resumeFrom1Thread(Store store, OwnInstance instance) {
    return store.resumer.resume(instance.id, instance.update);
  }

  @Benchmark
  @Threads(8)
  public Outcome<?> resumeFrom8Threads(Store store, OwnInstance instance) {
    return store.resumer.resume(instance.id, instance.update);
  }

  @Benchmark
  @Threads(16)
  public Outcome<?> resumeFrom16Threads(Store store, OwnInstance instance) {
    return store.resumer.resume(instance.id, instance.update);
  }

  /** The same call H2 makes for {@code CHECKPOINT SYNC}: force data and metadata. */
  @Benchmark
  @Threads(1)
  public long writeAndForce(Disk disk) throws IOException {
    disk.writeBlock(++disk.writes);
    disk.file.force(true);
    return disk.writes;
  }
}
