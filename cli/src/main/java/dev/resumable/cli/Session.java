package dev.resumable.cli;

import dev.resumable.Engine;
import dev.resumable.store.Store;
import dev.resumable.store.StoredInstance;

/**
 * One command's store and, for commands that read frames or run workflow code, an engine on it
 * with the application's classes. The engine runs no timer thread: the tool does what it is told
 * and nothing in the background.
 */
final class Session implements AutoCloseable {

  private final Store store;
  private final ApplicationOptions application;
  private final ClassLoader loader;
  private Engine engine;

  private Session(Store store, ApplicationOptions application, ClassLoader loader) {
    this.store = store;
    this.application = application;
    this.loader = loader;
  }

  /** Checks the class path first, so a typo in it is reported before the store is opened. */
  static Session open(StoreOptions store, ApplicationOptions application) {
    ClassLoader loader = application.classLoader();
    return new Session(store.open(), application, loader);
  }

  Store store() {
    return store;
  }

  ClassLoader classLoader() {
    return loader;
  }

  ApplicationOptions application() {
    return application;
  }

  Engine engine() {
    if (engine == null) {
      Engine.Builder builder = Engine.builder().store(store).classLoader(loader);
      application.configure(builder, loader);
      engine = builder.build();
    }
    return engine;
  }

  /** The stored instance {@code id}, or the failure a script can tell from others. */
  StoredInstance instance(String id) {
    return store.load(id).orElseThrow(() -> new CliException(ExitCode.NO_SUCH_INSTANCE,
        "no instance with id \"" + id + "\" in this store"));
  }

  @Override
  public void close() {
    if (engine != null) {
      engine.close(); // closes the store too
    } else {
      store.close();
    }
  }
}
