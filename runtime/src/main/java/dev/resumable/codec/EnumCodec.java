package dev.resumable.codec;

import dev.resumable.proto.Value;
import java.util.HashMap;
import java.util.Map;

/** Enum constants by name, so that reordering constants does not change what was stored. */
final class EnumCodec<E extends Enum<E>> extends LeafCodec<E> {

  private final Map<String, E> byName = new HashMap<>();

  EnumCodec(Class<E> type) {
    super(type);
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static EnumCodec<?> of(Class<?> type) {
    return new EnumCodec(type.asSubclass(Enum.class));
  }

  @Override
  Value encodeNonNull(E value) {
    return Value.newBuilder().setEnumValue(value.name()).build();
  }

  @Override
  E decodeSet(Value value) {
    if (value.getKindCase() != Value.KindCase.ENUM_VALUE) {
      throw wrongKind(value, Value.KindCase.ENUM_VALUE);
    }
    E constant = byName.get(value.getEnumValue());
    if (constant == null) {
      throw new CodecException(
          "enum "
              + typeName()
              + " has no constant named \""
              + value.getEnumValue()
              + "\": was it renamed or removed after the value was stored?");
    }
    return constant;
  }
}
