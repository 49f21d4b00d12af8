package dev.resumable;

import dev.resumable.store.Store;
import java.util.HashMap;
import java.util.Map;

/**
 * The locks that keep two calls on one instance from interleaving, shared by every engine in this
 * JVM on the same store: two engines opened on one file would otherwise both load an instance,
 * both run the code after its wait, and only then find out, at commit, that one of them lost.
 * Engines on stores with equal {@link Store#dataKey() data keys} share them.
 */
final class InstanceLocks {

  private static final Map<Object, InstanceLocks> OPEN = new HashMap<>();

  private final Object key;
  private final Object[] locks = new Object[64];
  private int users;

  private InstanceLocks(Object key) {
    this.key = key;
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Object();
    }
  }

  /** The locks of {@code store}, shared with other engines on it until each {@link #release}s. */
  static InstanceLocks of(Store store) {
    Object key = store.dataKey();
    synchronized (OPEN) {
      InstanceLocks locks = OPEN.computeIfAbsent(key, InstanceLocks::new);
      locks.users++;
      return locks;
    }
  }

  Object lockFor(String id) {
    return locks[Math.floorMod(id.hashCode(), locks.length)];
  }

  /** Called once by each engine that got these locks, when it closes. */
  void release() {
    synchronized (OPEN) {
      if (--users == 0) {
        OPEN.remove(key);
      }
    }
  }
}
