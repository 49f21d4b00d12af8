package dev.resumable.machine;

import dev.resumable.codec.Codec;
import dev.resumable.codec.CodecException;
import dev.resumable.codec.GraphReader;
import dev.resumable.proto.FrameRecord;
import dev.resumable.proto.Value;

/**
 * Gives a restored frame its live locals back, by source name. Every frame of one instance reads
 * from one graph, so locals that referred to one object refer to one object again.
 */
public final class LocalsReader {

  private final FrameRecord frame;
  private final GraphReader graph;

  LocalsReader(FrameRecord frame, GraphReader graph) {
    this.frame = frame;
    this.graph = graph;
  }

  public <T> T get(String name, Codec<T> codec) {
    Value value = frame.getLocalsOrDefault(name, null);
    if (value == null) {
      throw new CodecException("stored frame of " + frame.getMethodKey() + " at "
          + frame.getSuspensionId() + " has no local '" + name + "'");
    }
    try {
      return codec.decode(value, graph);
    } catch (CodecException e) {
      throw new CodecException("cannot read local '" + name + "' of " + frame.getMethodKey()
          + ": " + e.getMessage(), e);
    }
  }
}
