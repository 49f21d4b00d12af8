package dev.resumable.bench;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.resumable.Engine;
import dev.resumable.Inspection;
import dev.resumable.proto.FrameRecord;
import dev.resumable.proto.InstanceRecord;
import dev.resumable.proto.Value;
import dev.resumable.store.h2.H2Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * P5, a size report rather than a timing: what one waiting order costs in the store, against the
 * protobuf encoding of its live locals alone and against Java serialization of the same values.
 * Sizes are exact, so they are measured once, in the report's own process.
 */
public final class P5StateSizeBenchmark {

  /**
   * @param storedBytes the state column of the instance's H2 row: the whole InstanceRecord
   * @param localsBytes the protobuf-encoded values of its live locals and of the objects they
   *     refer to, without names or anything else
   * @param javaSerializationBytes the same values through one ObjectOutputStream
   * @param locals the names of the live locals, e.g. {@code orderId, customer, ...}
   */
  public record Sizes(int storedBytes, int localsBytes, int javaSerializationBytes,
      String locals) {}

  private P5StateSizeBenchmark() {}

  /** Starts an order, gives it one status update, and measures it waiting for the next. */
  public static Sizes measure() {
    try (Engine engine = Engine.builder().store(H2Store.inMemory("p5")).build()) {
      Resumer orders = Resumer.on(engine);
      orders.startTrack("order-1", "order-1", OrderTracking.customer(), OrderTracking.lines());
      orders.resume("order-1", OrderTracking.inTransit());

      byte[] state = engine.store().load("order-1").orElseThrow().state();
      InstanceRecord record = InstanceRecord.parseFrom(state);
      FrameRecord frame = record.getFrames(0);
      int localsBytes = 0;
      for (Value value : frame.getLocalsMap().values()) {
        localsBytes += value.getSerializedSize();
      }
      // The objects the locals refer to: their lists and records, each stored once.
      for (Value object : record.getObjectsList()) {
        localsBytes += object.getSerializedSize();
      }
      Map<String, Object> locals = onlyFrame(engine.inspect("order-1")).locals();
      return new Sizes(state.length, localsBytes, javaSerializedSize(locals),
          String.join(", ", locals.keySet()));
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("the stored state is not an InstanceRecord", e);
    }
  }

  private static Inspection.Frame onlyFrame(Inspection inspection) {
    if (inspection.frames().size() != 1) {
      throw new IllegalStateException("expected one frame, got " + inspection);
    }
    return inspection.frames().get(0);
  }

  private static int javaSerializedSize(Map<String, Object> locals) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      for (Object value : locals.values()) {
        out.writeObject(value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not serialize the locals " + locals.keySet(), e);
    }
    return bytes.size();
  }
}
