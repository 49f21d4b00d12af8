package dev.resumable.codec;

import dev.resumable.proto.CollectionKind;
import dev.resumable.proto.Value;
import dev.resumable.proto.ValueList;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Lists, sets and queues as their elements in iteration order, with their concrete class as a
 * {@link CollectionKind}, so that each comes back as the class it was, in the same order.
 */
final class CollectionCodec extends BaseCodec<Collection<Object>> {

  private final IntFunction<Collection<Object>> createForDeclaredType;
  private final Codec<Object> elementCodec;
  private final boolean sorted;
  private final Class<?> enumClass;

  /**
   * @param createForDeclaredType what records written before kinds were kept decode to
   * @param enumClass the declared element type if it is an enum, for EnumSet; else null
   */
  CollectionCodec(
      Type type,
      IntFunction<Collection<Object>> createForDeclaredType,
      Codec<Object> elementCodec,
      boolean sorted,
      Class<?> enumClass) {
    super(type);
    this.createForDeclaredType = createForDeclaredType;
    this.elementCodec = elementCodec;
    this.sorted = sorted;
    this.enumClass = enumClass;
  }

  @Override
  boolean isObject() {
    return true;
  }

  @Override
  boolean rebuiltFromParts(Collection<Object> collection) {
    return !CollectionKinds.filledAfterCreation(CollectionKinds.of(collection));
  }

  @Override
  Value encodeNonNull(Collection<Object> collection, GraphWriter graph) {
    CollectionKind kind = CollectionKinds.of(collection);
    if (kind == CollectionKind.ENUM_SET && enumClass == null) {
      throw new CodecException("cannot keep an EnumSet as " + typeName() + ": decoding needs its"
          + " enum class, so declare the element type as the enum");
    }
    ValueList.Builder items = ValueList.newBuilder()
        .setKind(kind)
        .setOrder(CollectionKinds.orderOf(collection));
    boolean keyed = collection instanceof java.util.Set<?>;
    if (keyed) {
      graph.beginKeys();
    }
    try {
      int index = 0;
      for (Object element : collection) {
        try {
          items.addItems(elementCodec.encode(element, graph));
        } catch (CodecException e) {
          throw within(e, "item " + index + " of " + typeName());
        }
        index++;
      }
    } finally {
      if (keyed) {
        graph.endKeys();
      }
    }
    return Value.newBuilder().setListValue(items).build();
  }

  @Override
  Collection<Object> decodeSet(Value value, GraphReader graph) {
    if (value.getKindCase() != Value.KindCase.LIST_VALUE) {
      throw wrongKind(value, Value.KindCase.LIST_VALUE);
    }
    ValueList items = value.getListValue();
    CollectionKind kind = items.getKind();
    try {
      if (kind == CollectionKind.COLLECTION_KIND_UNSPECIFIED) {
        return fill(createForDeclaredType.apply(items.getItemsCount()), items, graph);
      }
      if (CollectionKinds.filledAfterCreation(kind)) {
        Collection<Object> collection = requireDeclaredType(CollectionKinds.createEmpty(kind,
            items.getOrder(), items.getItemsCount(), enumClass), kind);
        graph.created(collection);
        return fill(collection, items, graph);
      }
      List<Object> elements = fill(new ArrayList<>(items.getItemsCount()), items, graph);
      return requireDeclaredType(CollectionKinds.build(kind, items.getOrder(), elements), kind);
    } catch (NullPointerException | ClassCastException | IllegalArgumentException e) {
      throw new CodecException("the stored items of " + typeName() + " cannot form a " + kind
          + " again: " + e, e);
    }
  }

  private <C extends Collection<Object>> C fill(C collection, ValueList items, GraphReader graph) {
    for (int i = 0; i < items.getItemsCount(); i++) {
      Object element;
      try {
        element = elementCodec.decode(items.getItems(i), graph);
      } catch (CodecException e) {
        throw within(e, "item " + i + " of " + typeName());
      }
      if (element == null && sorted && items.getKind() == CollectionKind.COLLECTION_KIND_UNSPECIFIED) {
        throw new CodecException("null item in " + typeName() + ", which natural order rejects");
      }
      collection.add(element);
    }
    return collection;
  }
}
