package dev.resumable.codec;

import dev.resumable.proto.Value;
import java.lang.reflect.Type;

/** A codec of values that contain no other values: numbers, text, enums, messages. */
abstract class LeafCodec<T> extends BaseCodec<T> {

  LeafCodec(Type type) {
    super(type);
  }

  @Override
  final Value encodeNonNull(T value, GraphWriter graph) {
    return encodeNonNull(value);
  }

  @Override
  final T decodeSet(Value value, GraphReader graph) {
    return decodeSet(value);
  }

  @Override
  final boolean rebuiltFromParts(T value) {
    return false;
  }

  abstract Value encodeNonNull(T value);

  abstract T decodeSet(Value value);
}
