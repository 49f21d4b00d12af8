package dev.resumable.codec;

import dev.resumable.proto.MapEntry;
import dev.resumable.proto.MapKind;
import dev.resumable.proto.Value;
import dev.resumable.proto.ValueMap;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Maps as their entries in iteration order, with their concrete class as a {@link MapKind}; keys
 * may be of any type that has a codec.
 *
 * <p>All keys are encoded before any value. Decoding needs the keys to create a map (a hash map's
 * table size depends on them), and can then create the map before its values, so that a value may
 * refer back to the map that holds it, as in plain Java.
 */
final class MapCodec extends BaseCodec<Map<Object, Object>> {

  private final IntFunction<Map<Object, Object>> createForDeclaredType;
  private final Codec<Object> keyCodec;
  private final Codec<Object> valueCodec;
  private final boolean sorted;
  private final Class<?> enumClass;

  /**
   * @param createForDeclaredType what records written before kinds were kept decode to
   * @param enumClass the declared key type if it is an enum, for EnumMap; else null
   */
  MapCodec(
      Type type,
      IntFunction<Map<Object, Object>> createForDeclaredType,
      Codec<Object> keyCodec,
      Codec<Object> valueCodec,
      boolean sorted,
      Class<?> enumClass) {
    super(type);
    this.createForDeclaredType = createForDeclaredType;
    this.keyCodec = keyCodec;
    this.valueCodec = valueCodec;
    this.sorted = sorted;
    this.enumClass = enumClass;
  }

  @Override
  boolean isObject() {
    return true;
  }

  // The keys never may refer back to the map: it is created from them.
  @Override
  boolean rebuiltFromParts(Map<Object, Object> map) {
    return true;
  }

  @Override
  Value encodeNonNull(Map<Object, Object> map, GraphWriter graph) {
    MapKind kind = MapKinds.of(map);
    if (kind == MapKind.ENUM_MAP && enumClass == null) {
      throw new CodecException("cannot keep an EnumMap as " + typeName() + ": decoding needs its"
          + " enum class, so declare the key type as the enum");
    }
    List<Map.Entry<Object, Object>> entries = new ArrayList<>(map.entrySet());
    List<Value> keys = new ArrayList<>(entries.size());
    graph.beginKeys();
    try {
      for (int i = 0; i < entries.size(); i++) {
        try {
          keys.add(keyCodec.encode(entries.get(i).getKey(), graph));
        } catch (CodecException e) {
          throw within(e, "the key of entry " + i + " of " + typeName());
        }
      }
    } finally {
      graph.endKeys();
    }
    if (MapKinds.filledAfterCreation(kind)) {
      graph.constructed(map);
    }
    ValueMap.Builder stored = ValueMap.newBuilder().setKind(kind).setOrder(MapKinds.orderOf(map));
    for (int i = 0; i < entries.size(); i++) {
      try {
        stored.addEntries(MapEntry.newBuilder()
            .setKey(keys.get(i))
            .setValue(valueCodec.encode(entries.get(i).getValue(), graph)));
      } catch (CodecException e) {
        throw within(e, "the value of entry " + i + " of " + typeName());
      }
    }
    return Value.newBuilder().setMapValue(stored).build();
  }

  @Override
  Map<Object, Object> decodeSet(Value value, GraphReader graph) {
    if (value.getKindCase() != Value.KindCase.MAP_VALUE) {
      throw wrongKind(value, Value.KindCase.MAP_VALUE);
    }
    ValueMap stored = value.getMapValue();
    MapKind kind = stored.getKind();
    List<Object> keys = new ArrayList<>(stored.getEntriesCount());
    for (int i = 0; i < stored.getEntriesCount(); i++) {
      try {
        keys.add(keyCodec.decode(stored.getEntries(i).getKey(), graph));
      } catch (CodecException e) {
        throw within(e, "the key of entry " + i + " of " + typeName());
      }
      if (keys.get(i) == null && sorted && kind == MapKind.MAP_KIND_UNSPECIFIED) {
        throw new CodecException("null key in " + typeName() + ", which natural order rejects");
      }
    }
    try {
      Map<Object, Object> map = null;
      if (kind == MapKind.MAP_KIND_UNSPECIFIED) {
        map = createForDeclaredType.apply(keys.size());
      } else if (MapKinds.filledAfterCreation(kind)) {
        map = requireDeclaredType(
            MapKinds.createEmpty(kind, stored.getOrder(), keys, enumClass), kind);
        graph.created(map);
      }
      List<Object> values = new ArrayList<>(keys.size());
      for (int i = 0; i < keys.size(); i++) {
        try {
          values.add(valueCodec.decode(stored.getEntries(i).getValue(), graph));
        } catch (CodecException e) {
          throw within(e, "the value of entry " + i + " of " + typeName());
        }
      }
      if (map != null) {
        return MapKinds.fill(map, keys, values);
      }
      return requireDeclaredType(MapKinds.build(kind, stored.getOrder(), keys, values), kind);
    } catch (NullPointerException | ClassCastException | IllegalArgumentException e) {
      throw new CodecException("the stored entries of " + typeName() + " cannot form a " + kind
          + " again: " + e, e);
    }
  }
}
