package dev.resumable.machine;

/** Supplies the application objects that instance {@code @Resumable} methods run on. */
@FunctionalInterface
public interface Receivers {

  /** The registered object of {@code type}; throws with the fix if none is registered. */
  <T> T get(Class<T> type);
}
