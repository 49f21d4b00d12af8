package dev.resumable.codec;

import dev.resumable.proto.Value;
import dev.resumable.proto.ValueList;
import java.lang.reflect.Array;
import java.lang.reflect.Type;

/**
 * Arrays other than {@code byte[]}, primitive or not, as a list of their elements. A
 * multi-dimensional array is an array of arrays, so it nests lists.
 */
final class ArrayCodec extends BaseCodec<Object> {

  private final Class<?> componentClass;
  private final Codec<Object> elementCodec;

  ArrayCodec(Type arrayType, Codec<Object> elementCodec) {
    super(arrayType);
    this.componentClass = Types.rawClass(arrayType).getComponentType();
    this.elementCodec = elementCodec;
  }

  @Override
  boolean isObject() {
    return true;
  }

  // Created empty, then filled, so that its items may refer back to it.
  @Override
  boolean rebuiltFromParts(Object array) {
    return false;
  }

  @Override
  Value encodeNonNull(Object array, GraphWriter graph) {
    int length = Array.getLength(array);
    ValueList.Builder items = ValueList.newBuilder();
    for (int i = 0; i < length; i++) {
      try {
        items.addItems(elementCodec.encode(Array.get(array, i), graph));
      } catch (CodecException e) {
        throw within(e, "item " + i + " of " + typeName());
      }
    }
    return Value.newBuilder().setListValue(items).build();
  }

  @Override
  Object decodeSet(Value value, GraphReader graph) {
    if (value.getKindCase() != Value.KindCase.LIST_VALUE) {
      throw wrongKind(value, Value.KindCase.LIST_VALUE);
    }
    ValueList items = value.getListValue();
    Object array = Array.newInstance(componentClass, items.getItemsCount());
    graph.created(array);
    for (int i = 0; i < items.getItemsCount(); i++) {
      try {
        // A primitive element codec never decodes to null, which Array.set could not store.
        Array.set(array, i, elementCodec.decode(items.getItems(i), graph));
      } catch (CodecException e) {
        throw within(e, "item " + i + " of " + typeName());
      }
    }
    return array;
  }
}
