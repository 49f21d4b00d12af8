package dev.resumable.codec;

import dev.resumable.proto.Order;
import java.util.Collections;
import java.util.Comparator;

/** The comparators a sorted collection or map may have: those the engine can create again. */
final class Orders {

  private Orders() {}

  /** The order of {@code comparator}; refuses one that decoding could not create again. */
  static Order of(Comparator<?> comparator, Object owner) {
    if (comparator == null) {
      return Order.NATURAL;
    }
    if (comparator == Collections.reverseOrder()) {
      return Order.REVERSE;
    }
    throw new CodecException("cannot keep a " + owner.getClass().getName() + " ordered by "
        + comparator.getClass().getName() + ": a comparator is code, and only natural order and"
        + " Comparator.reverseOrder() can be created again after a restart; make the elements"
        + " Comparable in the order you need, or copy the contents into a List before the wait"
        + " and sort it after");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Comparator<Object> comparator(Order order) {
    switch (order) {
      case NATURAL:
        return null;
      case REVERSE:
        return (Comparator) Collections.reverseOrder();
      default:
        throw new CodecException("the stored order " + order + " is not one this version knows");
    }
  }
}
