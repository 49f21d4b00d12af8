package dev.resumable.store.h2;

import dev.resumable.store.EmbeddedStoreProvider;
import dev.resumable.store.Store;
import java.nio.file.Path;

/** Registers the H2 file store as the embedded one, found by {@link java.util.ServiceLoader}. */
public final class H2StoreProvider implements EmbeddedStoreProvider {

  @Override
  public Store openDefault() {
    return H2Store.openDefault();
  }

  @Override
  public Store openFile(Path file) {
    return H2Store.open(file);
  }
}
