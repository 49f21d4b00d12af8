package dev.resumable.bench;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.resumable.machine.FrameRegistry;
import dev.resumable.machine.Machine;
import dev.resumable.machine.Receivers;
import dev.resumable.machine.RestoreException;
import dev.resumable.proto.InstanceRecord;
import java.time.Clock;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * P5's encoding as a time: what a wait and a resume cost in decoding and encoding the waiting
 * order of P5, without the store. One side parses the stored record, rebuilds its stack, resumes
 * it with a status update (one loop turn), encodes the stack and its object graph again and
 * writes the bytes; the other resumes the same stack in memory, with no encoding at all.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(3)
public class P5CodecBenchmark {

  private static final Clock CLOCK = Clock.systemUTC();
  private static final Receivers NONE = new Receivers() {
    @Override
    public <T> T get(Class<T> type) {
      return null;
    }
  };

  /** The order waiting for its next update, as stored bytes. */
  @State(Scope.Thread)
  public static class Stored {
    final FrameRegistry registry = FrameRegistry.discover(P5CodecBenchmark.class.getClassLoader());
    final OrderTracking.StatusUpdate update = OrderTracking.inTransit();
    byte[] state;

    @Setup
    public void start() {
      Machine.Run run = Machine.start(new OrderTracking_track("order-1",
          OrderTracking.customer(), OrderTracking.lines()), new ArrayList<>(), CLOCK);
      state = stored(run);
    }
  }

  /** The same order suspended in memory, continued in place. */
  @State(Scope.Thread)
  public static class Suspended {
    final OrderTracking.StatusUpdate update = OrderTracking.inTransit();
    Machine.Stack stack;

    @Setup
    public void start() {
      stack = Machine.start(new OrderTracking_track("order-1", OrderTracking.customer(),
          OrderTracking.lines()), new ArrayList<>(), CLOCK).stack();
    }
  }

  @Benchmark
  public byte[] decodeResumeEncode(Stored order)
      throws InvalidProtocolBufferException, RestoreException {
    InstanceRecord record = InstanceRecord.parseFrom(order.state);
    Machine.Stack stack = Machine.restore(record.getFramesList(), record.getObjectsList(),
        order.registry, NONE);
    order.state = stored(Machine.resume(stack, order.update, new ArrayList<>(), CLOCK));
    return order.state;
  }

  @Benchmark
  public Machine.Stack resumeInMemory(Suspended order) {
    order.stack = Machine.resume(order.stack, order.update, new ArrayList<>(), CLOCK).stack();
    return order.stack;
  }

  static byte[] stored(Machine.Run run) {
    return InstanceRecord.newBuilder().addAllFrames(run.frames()).addAllObjects(run.objects())
        .build().toByteArray();
  }
}
