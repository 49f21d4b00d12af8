package dev.resumable.testkit;

import dev.resumable.Engine;
import dev.resumable.store.h2.H2Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One life of the engine between two restarts: an engine on the store file, receivers fresh from
 * their suppliers, and the errors the engine reported while firing timers. Nothing in it outlives
 * a restart except what it committed to the file.
 */
final class Incarnation {

  private final Engine engine;
  private final GuardedStore store;
  private final List<RuntimeException> errors;

  private Incarnation(Engine engine, GuardedStore store, List<RuntimeException> errors) {
    this.engine = engine;
    this.store = store;
    this.errors = errors;
  }

  static Incarnation begin(Path storeFile, Clock clock,
      List<Consumer<Engine.Builder>> configurations, Map<Class<?>, Supplier<?>> receivers,
      boolean oneStepPerEngine) {
    GuardedStore store = new GuardedStore(H2Store.open(storeFile), oneStepPerEngine);
    List<RuntimeException> errors = new ArrayList<>();
    Engine.Builder builder = Engine.builder();
    configurations.forEach(c -> c.accept(builder));
    builder.store(store)
        .clock(clock)
        .afterEachCall(store::callEnded)
        .onError(e -> errors.add(e instanceof RuntimeException r ? r
            : new IllegalStateException("a due timer could not fire: " + e, e)));
    try {
      receivers.forEach((type, supplier) -> register(builder, type, supplier));
      return new Incarnation(builder.build(), store, errors);
    } catch (RuntimeException e) {
      store.drop("building it failed: " + e);
      throw e;
    }
  }

  private static <T> void register(Engine.Builder builder, Class<T> type, Supplier<?> supplier) {
    Object receiver = supplier.get();
    if (receiver == null) {
      throw new IllegalStateException("the supplier of the receiver for " + type.getName()
          + " returned null");
    }
    builder.receiver(type, type.cast(receiver));
  }

  Engine engine() {
    return engine;
  }

  /** True once the engine has committed a change: a start, a resume or a timer's firing. */
  boolean storedAStep() {
    return store.steps() > 0;
  }

  /** True if the test closed the engine; the kit then begins a new incarnation. */
  boolean isClosed() {
    return store.isDropped();
  }

  /**
   * Throws the first error the engine reported while firing timers, the others suppressed: the
   * engine only hands them to a handler, and a test must not pass while a timer failed to fire.
   */
  void rethrowTimerErrors() {
    if (errors.isEmpty()) {
      return;
    }
    RuntimeException first = errors.get(0);
    errors.subList(1, errors.size()).forEach(first::addSuppressed);
    errors.clear();
    throw first;
  }

  /**
   * Drops the engine and everything it holds; later use of it fails with {@code reason}. Dropping
   * the store closes the file; the engine itself is left unclosed (the kit never starts its timer
   * thread) so that a test still holding it hears why from the store, not a bare "closed".
   */
  void end(String reason) {
    store.drop(reason);
  }
}
