package dev.resumable.codec;

import dev.resumable.proto.Value;
import dev.resumable.proto.ValueList;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * {@code Optional} as a list of zero or one item. An unset value is a null reference, so the list
 * is what keeps {@code Optional.empty()} apart from {@code null}.
 */
final class OptionalCodec extends BaseCodec<Optional<Object>> {

  private final Codec<Object> contentCodec;

  OptionalCodec(Type type, Codec<Object> contentCodec) {
    super(type);
    this.contentCodec = contentCodec;
  }

  @Override
  Value encodeNonNull(Optional<Object> optional, GraphWriter graph) {
    ValueList.Builder items = ValueList.newBuilder();
    if (optional.isPresent()) {
      try {
        items.addItems(contentCodec.encode(optional.get(), graph));
      } catch (CodecException e) {
        throw within(e, "the content of " + typeName());
      }
    }
    return Value.newBuilder().setListValue(items).build();
  }

  @Override
  Optional<Object> decodeSet(Value value, GraphReader graph) {
    if (value.getKindCase() != Value.KindCase.LIST_VALUE) {
      throw wrongKind(value, Value.KindCase.LIST_VALUE);
    }
    ValueList items = value.getListValue();
    if (items.getItemsCount() > 1) {
      throw new CodecException(
          "cannot decode "
              + typeName()
              + " from a list of "
              + items.getItemsCount()
              + " items: expected at most one");
    }
    if (items.getItemsCount() == 0) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(contentCodec.decode(items.getItems(0), graph));
    } catch (CodecException e) {
      throw within(e, "the content of " + typeName());
    }
  }
}
