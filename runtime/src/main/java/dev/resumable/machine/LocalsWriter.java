package dev.resumable.machine;

import dev.resumable.codec.Codec;
import dev.resumable.codec.CodecException;
import dev.resumable.codec.GraphWriter;
import dev.resumable.proto.FrameRecord;

/**
 * Receives a frame's live locals, by source name, as it is stored. Every frame of one instance
 * writes into one graph, so a local that refers to an object another local or frame refers to
 * stores a reference to it, not a copy.
 */
public final class LocalsWriter {

  private final FrameRecord.Builder frame;
  private final FrameType type;
  private final GraphWriter graph;

  LocalsWriter(FrameRecord.Builder frame, FrameType type, GraphWriter graph) {
    this.frame = frame;
    this.type = type;
    this.graph = graph;
  }

  public <T> void put(String name, T value, Codec<T> codec) {
    put(name, value, codec, "local '" + name + "'");
  }

  /**
   * Stores a value the transform keeps for a wait, such as the receiver in {@code
   * map.get(k).add(Await.event(..))}; {@code description} says what it is in source terms, e.g.
   * {@code the value of map.get(k)}, for errors.
   */
  public <T> void putTemporary(String name, T value, Codec<T> codec, String description) {
    put(name, value, codec, description);
  }

  private <T> void put(String name, T value, Codec<T> codec, String what) {
    graph.describeNext(what + " of " + type.className() + "." + type.methodName()
        + " (waiting at " + type.sourceFile() + ":" + frame.getLine() + ")");
    try {
      frame.putLocals(name, codec.encode(value, graph));
    } catch (CodecException e) {
      throw new CodecException("cannot keep " + what + " of " + type.className() + "."
          + type.methodName() + " across the wait at " + type.sourceFile() + ":"
          + frame.getLine() + "; nothing was stored: " + e.getMessage(), e);
    }
  }
}
