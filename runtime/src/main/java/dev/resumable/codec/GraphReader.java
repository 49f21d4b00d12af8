package dev.resumable.codec;

import dev.resumable.proto.Value;
import dev.resumable.proto.ValueGraph;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Decodes values that a {@link GraphWriter} encoded: each object of the table is decoded once, by
 * the codec of the first place that refers to it, and every further reference gets the same
 * object. Read the values in the order they were written.
 */
public final class GraphReader {

  private static final Object NOT_YET = new Object();

  private final List<Value> objects;
  private final Object[] decoded;
  private final Deque<Integer> decoding = new ArrayDeque<>();

  private GraphReader(List<Value> objects) {
    this.objects = objects;
    this.decoded = new Object[objects.size()];
    java.util.Arrays.fill(decoded, NOT_YET);
  }

  /** A reader of one instance's graph: its table of objects, which must not change. */
  public static GraphReader of(List<Value> objects) {
    return new GraphReader(objects);
  }

  /**
   * Decodes a value stored on its own: by its own table if it has one, else inline (as every such
   * value was stored before they had graphs). Either way by {@code codec}, the static type.
   */
  static <T> T decodeAlone(Value value, Codec<T> codec) {
    if (value.getKindCase() == Value.KindCase.GRAPH) {
      ValueGraph graph = value.getGraph();
      return codec.decode(graph.getRoot(), of(graph.getObjectsList()));
    }
    return codec.decode(value, inline());
  }

  /** A reader of values stored without a table, each reference its own copy. */
  public static GraphReader inline() {
    return new GraphReader(List.of());
  }

  <T> T resolve(int index, BaseCodec<T> codec) {
    if (index < 0 || index >= objects.size()) {
      throw new CodecException("the stored value refers to object " + Integer.toUnsignedString(index)
          + ", but the instance stores " + objects.size() + " objects");
    }
    Object known = decoded[index];
    if (known == NOT_YET) {
      if (decoding.contains(index)) {
        throw new CodecException("stored object " + index + " refers back to itself through its"
            + " own contents, but is rebuilt from them (" + codec.typeName() + ")");
      }
      decoding.push(index);
      try {
        T value = codec.decodeSet(objects.get(index), this);
        decoded[index] = value;
        return value;
      } finally {
        decoding.pop();
      }
    }
    return codec.cast(known, index);
  }

  /**
   * Called by a mutable container as soon as it exists, before its contents are decoded, so that
   * its contents can refer back to it.
   */
  void created(Object container) {
    createdFrom(null, container);
  }

  /**
   * As {@link #created(Object)}, only if {@code stored} is the table entry being decoded, not a
   * value stored inline inside it (as a version that stored no graph wrote an exception's cause).
   */
  void createdFrom(Value stored, Object container) {
    Integer index = decoding.peek();
    if (index != null && stored != null && objects.get(index) != stored) {
      return;
    }
    createdAt(index, container);
  }

  private void createdAt(Integer index, Object container) {
    if (index != null && decoded[index] == NOT_YET) {
      decoded[index] = container;
    }
  }
}
