package dev.resumable.machine;

import dev.resumable.codec.Codec;
import dev.resumable.codec.CodecException;
import dev.resumable.proto.FrameRecord;
import dev.resumable.proto.Value;

/** Gives a restored frame its live locals back, by source name. */
public final class LocalsReader {

  private final FrameRecord frame;

  LocalsReader(FrameRecord frame) {
    this.frame = frame;
  }

  public <T> T get(String name, Codec<T> codec) {
    Value value = frame.getLocalsOrDefault(name, null);
    if (value == null) {
      throw new CodecException("stored frame of " + frame.getMethodKey() + " at "
          + frame.getSuspensionId() + " has no local '" + name + "'");
    }
    try {
      return codec.decode(value);
    } catch (CodecException e) {
      throw new CodecException("cannot read local '" + name + "' of " + frame.getMethodKey()
          + ": " + e.getMessage(), e);
    }
  }
}
