package dev.resumable.codec;

import dev.resumable.proto.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes several values into one graph, as an instance's frames are, and decodes them in the same
 * order from bytes, as a new JVM would.
 */
final class Graphs {

  private final List<Codec<Object>> codecs = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();

  @SuppressWarnings("unchecked")
  <T> Graphs add(Codec<T> codec, T value) {
    codecs.add((Codec<Object>) codec);
    values.add(value);
    return this;
  }

  /** The values, each decoded by its codec from one stored graph. */
  List<Object> roundTrip() {
    GraphWriter writer = GraphWriter.shared();
    List<Value> encoded = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      writer.describeNext("value " + i);
      encoded.add(RoundTrip.throughBytes(codecs.get(i).encode(values.get(i), writer)));
    }
    writer.refuseViewsWithTheirBacking();
    List<Value> objects = new ArrayList<>();
    writer.objects().forEach(o -> objects.add(RoundTrip.throughBytes(o)));
    GraphReader reader = GraphReader.of(objects);
    List<Object> decoded = new ArrayList<>();
    for (int i = 0; i < encoded.size(); i++) {
      decoded.add(codecs.get(i).decode(encoded.get(i), reader));
    }
    return decoded;
  }

  /** Encodes the values into one graph and returns how many objects it stores. */
  int objectCount() {
    GraphWriter writer = GraphWriter.shared();
    for (int i = 0; i < values.size(); i++) {
      codecs.get(i).encode(values.get(i), writer);
    }
    return writer.objects().size();
  }
}
