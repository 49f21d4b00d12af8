package dev.resumable.codec;

import dev.resumable.proto.Value;

/**
 * Encodes values of one static type to the persisted {@link Value} form and back.
 *
 * <p>The reading side always knows the static type it expects, so an encoded value never names a
 * Java class and decoding never instantiates a class chosen by the data. {@code null} is encoded
 * as a {@code Value} with no kind set, and every codec accepts it.
 *
 * <p>Values that belong to one object graph, such as the locals of a waiting instance, go through
 * one {@link GraphWriter} and come back through one {@link GraphReader}, so that two references to
 * one object are one object again. The one-argument forms store a value on its own, with a graph of its own.
 */
public interface Codec<T> {

  /**
   * Encodes {@code value} on its own, as a graph of its own: an object met twice in it is stored
   * once, so that it comes back shared; one in which nothing is shared is stored inline.
   */
  default Value encode(T value) {
    return GraphWriter.encodeAlone(value, this);
  }

  /** Decodes a value stored on its own; throws {@link CodecException} if it does not fit. */
  default T decode(Value value) {
    return GraphReader.decodeAlone(value, this);
  }

  /** Encodes {@code value} as part of the graph {@code graph} is collecting. */
  Value encode(T value, GraphWriter graph);

  /** Decodes {@code value}, resolving its references in {@code graph}. */
  T decode(Value value, GraphReader graph);
}
