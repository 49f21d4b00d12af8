package dev.resumable.codec;

import dev.resumable.proto.Value;
import dev.resumable.proto.ValueGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes the values of one instance as one object graph: each object (a collection, map, array,
 * record or exception) is stored once, and every reference to it, the first included, is a {@code
 * ref} to its index in {@link #objects()}. Use one writer for every value an instance keeps, in
 * the order the reader will ask for them, so that aliasing between locals and frames survives.
 *
 * <p>Decoding meets the objects in the order encoding did and creates each when it first meets
 * it. A mutable collection, map (once its keys are decoded) or array exists before its contents
 * are decoded, so its contents may refer back to it. A record or an immutable collection is built
 * from its decoded contents, so a reference back to it from inside them cannot be restored; nor
 * can a key of a hashed or sorted collection that contains an object still being filled, because
 * its hash code or order would be taken too early. Both are refused here, when the instance is
 * stored, rather than restored differently.
 *
 * <p>A value stored on its own (a result, a payload) gets a graph of its own, {@link
 * #encodeAlone}, if an object in it is met twice. A writer made by {@link #inline()} has no table:
 * each reference is a copy of its own, and a cycle is an error; such a value is stored so when
 * nothing in it is shared.
 */
public final class GraphWriter {

  private final boolean shared;
  private final Map<Object, Integer> indexes = new IdentityHashMap<>();
  private final List<Value> objects = new ArrayList<>();
  // Objects whose contents are being encoded, which decoding will have only partly filled; true
  // for those rebuilt from their contents (records, immutable collections), which decoding could
  // not refer to at all yet, so that a reference back to one is refused.
  private final Map<Object, Boolean> open = new IdentityHashMap<>();
  // How many hash or sort keys are being encoded: their hash codes and order are computed as soon
  // as they are decoded, so they must not contain an object that is still partly filled then.
  private int keyDepth;
  // Per object of the table, what the program calls the value it was first reached from.
  private final List<String> reachedFrom = new ArrayList<>();
  private final List<Object> met = new ArrayList<>();
  private String describing = "a value";
  private boolean metTwice;

  private GraphWriter(boolean shared) {
    this.shared = shared;
  }

  /** A writer for one instance's graph. */
  public static GraphWriter shared() {
    return new GraphWriter(true);
  }

  /**
   * Encodes a value stored on its own (a result, a payload, arguments) as a graph of its own if an
   * object in it is met twice, else inline, as such values were stored before they had graphs.
   */
  static <T> Value encodeAlone(T value, Codec<T> codec) {
    GraphWriter graph = shared();
    graph.describeNext("the stored value");
    Value root = codec.encode(value, graph);
    graph.refuseViewsWithTheirBacking();
    if (!graph.metTwice) {
      return codec.encode(value, inline());
    }
    return Value.newBuilder()
        .setGraph(ValueGraph.newBuilder().setRoot(root).addAllObjects(graph.objects))
        .build();
  }

  /** A writer that stores every reference as a copy of its own. */
  public static GraphWriter inline() {
    return new GraphWriter(false);
  }

  /**
   * Says what the values encoded from now on are, in source terms ("local 'items' of ..."), so that
   * a refusal that concerns two objects can name both.
   */
  public void describeNext(String description) {
    describing = description;
  }

  /**
   * Refuses the graph if a view in it may be backed by another of its objects, which a restart
   * would turn into two separate objects; see {@link ViewBackings}. Call it once every value is
   * encoded.
   */
  public void refuseViewsWithTheirBacking() {
    if (shared) {
      ViewBackings.refuseSplit(met, this::describe);
    }
  }

  private String describe(Object value) {
    return reachedFrom.get(indexes.get(value));
  }

  /** The objects met so far, by index. */
  public List<Value> objects() {
    return Collections.unmodifiableList(objects);
  }

  /** A reference to {@code value}, encoding it by {@code codec} the first time it is met. */
  <T> Value reference(T value, BaseCodec<T> codec) {
    if (open.get(value) == Boolean.TRUE) {
      throw new CodecException(shared
          ? "a " + value.getClass().getName() + " refers back to itself through its own"
              + " contents; it is rebuilt from its contents, so such a cycle cannot be restored;"
              + " break the cycle, or let a mutable collection or array close it"
          : "a " + value.getClass().getName() + " contains itself; a value stored on its own"
              + " (an event payload or a result) cannot be cyclic; break the cycle");
    }
    if (!shared) {
      return encodeParts(value, codec);
    }
    Integer known = indexes.get(value);
    if (known != null) {
      if (keyDepth > 0 && open.containsKey(value)) {
        throw new CodecException("a key of a hashed or sorted collection contains a "
            + value.getClass().getName() + " that also contains the key's collection; after a"
            + " restart the key's hash code or order would be computed before that "
            + value.getClass().getSimpleName() + " is complete; break the cycle");
      }
      metTwice = true;
      return Value.newBuilder().setRef(known).build();
    }
    int index = objects.size();
    indexes.put(value, index);
    met.add(value);
    reachedFrom.add(open.isEmpty() ? describing : "an object inside " + describing);
    objects.add(BaseCodec.NULL);
    objects.set(index, encodeParts(value, codec));
    return Value.newBuilder().setRef(index).build();
  }

  /**
   * Says that {@code value}, whose parts are being encoded, will exist by the time the rest of
   * them are decoded (a map, once its keys are), so that they may refer back to it.
   */
  void constructed(Object value) {
    if (shared) {
      open.put(value, false);
    }
  }

  /** Starts encoding the keys of a hashed or sorted collection or map. */
  void beginKeys() {
    keyDepth++;
  }

  void endKeys() {
    keyDepth--;
  }

  private <T> Value encodeParts(T value, BaseCodec<T> codec) {
    // Without a table every object is rebuilt from its parts, so every cycle is refused.
    open.put(value, !shared || codec.rebuiltFromParts(value));
    try {
      return codec.encodeNonNull(value, this);
    } finally {
      open.remove(value);
    }
  }
}
