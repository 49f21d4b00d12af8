package dev.resumable.machine;

import java.util.Iterator;

/**
 * Positions of for-each loops over collections, for generated code. An iterator cannot be
 * stored, so a loop that waits stores the collection and how many elements it has taken, and
 * after a restore walks the restored collection, which has the same order, to the same place.
 */
public final class ForEach {

  private ForEach() {}

  /** An iterator over {@code items} that has passed its first {@code position} elements. */
  public static <T> Iterator<T> from(Iterable<T> items, int position) {
    Iterator<T> iterator = items.iterator();
    for (int i = 0; i < position; i++) {
      if (!iterator.hasNext()) {
        throw shorter(position, i);
      }
      iterator.next();
    }
    return iterator;
  }

  /** The element at {@code position}: the one a loop over {@code items} stood at. */
  public static <T> T at(Iterable<T> items, int position) {
    Iterator<T> iterator = from(items, position);
    if (!iterator.hasNext()) {
      throw shorter(position, position);
    }
    return iterator.next();
  }

  private static IllegalStateException shorter(int position, int size) {
    return new IllegalStateException("a for-each loop stood at element " + position
        + " of its collection, but the restored collection has only " + size
        + " elements; it was changed while the loop waited");
  }
}
