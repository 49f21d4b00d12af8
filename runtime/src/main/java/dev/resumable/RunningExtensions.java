package dev.resumable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The extensions an engine started, closed in the reverse order, before the engine closes. */
final class RunningExtensions {

  private final List<AutoCloseable> running = new ArrayList<>();
  private final Consumer<Throwable> errors;

  RunningExtensions(Consumer<Throwable> errors) {
    this.errors = errors;
  }

  /** Starts each; if one fails, the engine is closed (with those started) and the failure thrown. */
  void start(List<EngineExtension> extensions, Engine engine) {
    for (EngineExtension extension : extensions) {
      try {
        AutoCloseable handle = extension.start(engine);
        synchronized (running) {
          running.add(Arguments.notNull(handle, "the handle extension.start returned"));
        }
      } catch (RuntimeException | Error e) {
        engine.close();
        throw e;
      }
    }
  }

  void close() {
    List<AutoCloseable> handles;
    synchronized (running) {
      handles = new ArrayList<>(running);
      running.clear();
    }
    for (int i = handles.size() - 1; i >= 0; i--) {
      try {
        handles.get(i).close();
      } catch (Exception e) {
        errors.accept(e); // the engine still closes: what it committed must not be held up
      }
    }
  }
}
