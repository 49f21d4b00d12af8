package dev.resumable;

import dev.resumable.store.EmbeddedStoreProvider;
import dev.resumable.store.Store;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * The store an engine uses when its builder names none, found as a service so that the engine
 * depends on the {@link Store} interface only.
 */
final class EmbeddedStore {

  private EmbeddedStore() {}

  static Store openDefault() {
    return provider().openDefault();
  }

  static Store openFile(Path file) {
    return provider().openFile(file);
  }

  private static EmbeddedStoreProvider provider() {
    return ServiceLoader.load(EmbeddedStoreProvider.class, Engine.class.getClassLoader())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no embedded store is registered as a "
            + EmbeddedStoreProvider.class.getName() + " service; put resumable-runtime's jar,"
            + " with its META-INF/services, on the class path, or pass a store to"
            + " Engine.builder().store(...)"));
  }
}
