package dev.resumable.store;

import java.nio.file.Path;

/**
 * Opens the embedded store, the one an engine uses when its builder names none. Found with
 * {@link java.util.ServiceLoader}, so that the engine depends on no store implementation; the
 * runtime registers its H2 file store.
 */
public interface EmbeddedStoreProvider {

  /** The store at its default location, created if missing. */
  Store openDefault();

  /** The store in {@code file}, created if missing. */
  Store openFile(Path file);
}
