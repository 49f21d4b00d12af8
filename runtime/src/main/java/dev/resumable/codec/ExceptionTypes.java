package dev.resumable.codec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * The exception classes a stored exception may be restored as. Code registers them: the catch
 * clauses of every {@code @Resumable} method (its generated description does), the static type of
 * every stored exception, and common JDK exceptions. A stored exception names its class and
 * superclasses; decoding picks the most specific one registered here, so the data can only
 * choose among classes the application's code names, and every catch clause still matches.
 */
public final class ExceptionTypes {

  private static final Map<String, Class<? extends Throwable>> KNOWN = new ConcurrentHashMap<>();

  static {
    register(List.of(Throwable.class, Exception.class, RuntimeException.class, Error.class,
        IllegalStateException.class, IllegalArgumentException.class,
        UnsupportedOperationException.class, ArithmeticException.class,
        NullPointerException.class, IndexOutOfBoundsException.class,
        NumberFormatException.class, ClassCastException.class, IOException.class,
        UncheckedIOException.class, InterruptedException.class, TimeoutException.class,
        CancellationException.class, AssertionError.class));
  }

  private ExceptionTypes() {}

  public static void register(List<Class<? extends Throwable>> types) {
    types.forEach(t -> KNOWN.put(t.getName(), t));
  }

  @SafeVarargs
  public static void register(Class<? extends Throwable>... types) {
    for (Class<? extends Throwable> type : types) {
      KNOWN.put(type.getName(), type);
    }
  }

  /** The registered class with this name, or null: never a class loaded because data named it. */
  static Class<? extends Throwable> known(String name) {
    return KNOWN.get(name);
  }
}
