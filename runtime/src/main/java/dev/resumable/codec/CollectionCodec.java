package dev.resumable.codec;

import dev.resumable.proto.Value;
import dev.resumable.proto.ValueList;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.function.IntFunction;

/** Lists and sets as a list of their elements in iteration order. */
final class CollectionCodec extends BaseCodec<Collection<Object>> {

  private final IntFunction<Collection<Object>> create;
  private final Codec<Object> elementCodec;
  private final boolean sorted;

  CollectionCodec(
      Type type,
      IntFunction<Collection<Object>> create,
      Codec<Object> elementCodec,
      boolean sorted) {
    super(type);
    this.create = create;
    this.elementCodec = elementCodec;
    this.sorted = sorted;
  }

  @Override
  Value encodeNonNull(Collection<Object> collection) {
    ValueList.Builder items = ValueList.newBuilder();
    int index = 0;
    for (Object element : collection) {
      try {
        items.addItems(elementCodec.encode(element));
      } catch (CodecException e) {
        throw within(e, "item " + index + " of " + typeName());
      }
      index++;
    }
    return Value.newBuilder().setListValue(items).build();
  }

  @Override
  Collection<Object> decodeSet(Value value) {
    if (value.getKindCase() != Value.KindCase.LIST_VALUE) {
      throw wrongKind(value, Value.KindCase.LIST_VALUE);
    }
    ValueList items = value.getListValue();
    Collection<Object> collection = create.apply(items.getItemsCount());
    for (int i = 0; i < items.getItemsCount(); i++) {
      Object element;
      try {
        element = elementCodec.decode(items.getItems(i));
      } catch (CodecException e) {
        throw within(e, "item " + i + " of " + typeName());
      }
      if (element == null && sorted) {
        throw new CodecException("null item in " + typeName() + ", which natural order rejects");
      }
      collection.add(element);
    }
    return collection;
  }
}
