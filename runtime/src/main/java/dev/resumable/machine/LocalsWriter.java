package dev.resumable.machine;

import dev.resumable.codec.Codec;
import dev.resumable.codec.CodecException;
import dev.resumable.proto.FrameRecord;

/** Receives a frame's live locals, by source name, as it is stored. */
public final class LocalsWriter {

  private final FrameRecord.Builder frame;

  LocalsWriter(FrameRecord.Builder frame) {
    this.frame = frame;
  }

  public <T> void put(String name, T value, Codec<T> codec) {
    try {
      frame.putLocals(name, codec.encode(value));
    } catch (CodecException e) {
      throw new CodecException("cannot store local '" + name + "' of " + frame.getMethodKey()
          + ": " + e.getMessage(), e);
    }
  }
}
