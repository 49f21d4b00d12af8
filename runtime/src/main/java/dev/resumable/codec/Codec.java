package dev.resumable.codec;

import dev.resumable.proto.Value;

/**
 * Encodes values of one static type to the persisted {@link Value} form and back.
 *
 * <p>The reading side always knows the static type it expects, so an encoded value never names a
 * Java class and decoding never instantiates a class chosen by the data. {@code null} is encoded
 * as a {@code Value} with no kind set, and every codec accepts it.
 */
public interface Codec<T> {

  Value encode(T value);

  /** Decodes {@code value}; throws {@link CodecException} if it does not fit this type. */
  T decode(Value value);
}
