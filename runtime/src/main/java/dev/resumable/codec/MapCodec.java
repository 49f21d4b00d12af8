package dev.resumable.codec;

import dev.resumable.proto.MapEntry;
import dev.resumable.proto.Value;
import dev.resumable.proto.ValueMap;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.IntFunction;

/** Maps as their entries in iteration order; keys may be of any type that has a codec. */
final class MapCodec extends BaseCodec<Map<Object, Object>> {

  private final IntFunction<Map<Object, Object>> create;
  private final Codec<Object> keyCodec;
  private final Codec<Object> valueCodec;
  private final boolean sorted;

  MapCodec(
      Type type,
      IntFunction<Map<Object, Object>> create,
      Codec<Object> keyCodec,
      Codec<Object> valueCodec,
      boolean sorted) {
    super(type);
    this.create = create;
    this.keyCodec = keyCodec;
    this.valueCodec = valueCodec;
    this.sorted = sorted;
  }

  @Override
  Value encodeNonNull(Map<Object, Object> map) {
    ValueMap.Builder entries = ValueMap.newBuilder();
    int index = 0;
    for (Map.Entry<Object, Object> entry : map.entrySet()) {
      try {
        entries.addEntries(
            MapEntry.newBuilder()
                .setKey(keyCodec.encode(entry.getKey()))
                .setValue(valueCodec.encode(entry.getValue())));
      } catch (CodecException e) {
        throw within(e, "entry " + index + " of " + typeName());
      }
      index++;
    }
    return Value.newBuilder().setMapValue(entries).build();
  }

  @Override
  Map<Object, Object> decodeSet(Value value) {
    if (value.getKindCase() != Value.KindCase.MAP_VALUE) {
      throw wrongKind(value, Value.KindCase.MAP_VALUE);
    }
    ValueMap entries = value.getMapValue();
    Map<Object, Object> map = create.apply(entries.getEntriesCount());
    for (int i = 0; i < entries.getEntriesCount(); i++) {
      MapEntry entry = entries.getEntries(i);
      Object key;
      Object mapped;
      try {
        key = keyCodec.decode(entry.getKey());
        mapped = valueCodec.decode(entry.getValue());
      } catch (CodecException e) {
        throw within(e, "entry " + i + " of " + typeName());
      }
      if (key == null && sorted) {
        throw new CodecException("null key in " + typeName() + ", which natural order rejects");
      }
      map.put(key, mapped);
    }
    return map;
  }
}
