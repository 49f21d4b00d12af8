package dev.resumable.store.contract;

import dev.resumable.store.Store;
import dev.resumable.store.h2.H2Store;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The query contract on the embedded store, on a real file. */
class H2StoreQueryTest extends StoreQueryContract {

  @TempDir Path dir;

  @Override
  protected Store newStore() {
    return H2Store.open(dir.resolve("store"));
  }
}
