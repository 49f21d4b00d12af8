package dev.resumable.codec;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.resumable.proto.Value;

/** Encodes, writes to bytes and reads back, as a value does on its way through the store. */
final class RoundTrip {

  private RoundTrip() {}

  static <T> T of(Codec<T> codec, T value) {
    return codec.decode(throughBytes(codec.encode(value)));
  }

  static Value throughBytes(Value value) {
    try {
      return Value.parseFrom(value.toByteArray());
    } catch (InvalidProtocolBufferException e) {
      throw new AssertionError(e);
    }
  }
}
