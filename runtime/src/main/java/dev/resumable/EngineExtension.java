package dev.resumable;

/**
 * Something that runs alongside an engine, such as its web console: {@link
 * Engine.Builder#extension} names it, {@link Engine.Builder#build()} starts it on the new
 * engine, and {@link Engine#close()} closes what it started before anything else closes.
 */
@FunctionalInterface
public interface EngineExtension {

  /** Starts on {@code engine}; the handle returned is closed when the engine closes. */
  AutoCloseable start(Engine engine);
}
