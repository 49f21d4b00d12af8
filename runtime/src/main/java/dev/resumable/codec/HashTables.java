package dev.resumable.codec;

import java.util.List;

/**
 * The table size of a restored {@code HashSet} or {@code HashMap}. Its iteration order is the order
 * of its keys' buckets, and the bucket of a key depends on the table's size, which Java does not
 * let anyone read. Keys added again in their stored order to a table of the same size iterate in
 * that order and grow at the same moments, so the size picked is one under which the stored order
 * is bucket order: the size the table would have reached by adding as many keys to a new set, if
 * that fits, else the smallest that fits. When no size fits (the keys' hash codes differ in this
 * JVM, as an enum's do), the size a new set would have reached is taken.
 */
final class HashTables {

  private static final int DEFAULT_CAPACITY = 16;
  private static final int MAX_CAPACITY = 1 << 30;

  private HashTables() {}

  /** A capacity for a new {@code HashMap(capacity)} that will hold {@code keys}. */
  static int capacityFor(List<?> keys) {
    int grown = DEFAULT_CAPACITY;
    while (keys.size() > grown * 3 / 4 && grown < MAX_CAPACITY) {
      grown <<= 1;
    }
    if (fits(keys, grown)) {
      return grown;
    }
    int smallest = 1;
    while (keys.size() > smallest * 3 / 4 && smallest < MAX_CAPACITY) {
      smallest <<= 1;
    }
    for (int capacity = smallest; capacity <= MAX_CAPACITY && capacity > 0; capacity <<= 1) {
      if (capacity != grown && fits(keys, capacity)) {
        return capacity;
      }
    }
    return grown;
  }

  private static boolean fits(List<?> keys, int capacity) {
    int previous = -1;
    for (Object key : keys) {
      int bucket = spread(key) & (capacity - 1);
      if (bucket < previous) {
        return false;
      }
      previous = bucket;
    }
    return true;
  }

  /** HashMap's own spreading of a key's hash code. */
  private static int spread(Object key) {
    int h;
    return key == null ? 0 : (h = key.hashCode()) ^ (h >>> 16);
  }
}
