package dev.resumable.it.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** The cases of one suite and the receivers their instance methods run on. */
public final class Cases {

  private final Map<String, DifferentialCase> cases = new LinkedHashMap<>();
  private final Map<Class<?>, Supplier<?>> receivers = new LinkedHashMap<>();

  /**
   * Registers what instance methods of {@code type} run on; every JVM of a run, and the plain run,
   * gets an object of its own.
   */
  public <T> Cases receiver(Class<T> type, Supplier<? extends T> receiver) {
    receivers.put(type, receiver);
    return this;
  }

  /**
   * Adds a case: {@code plain} calls the workflow method as plain Java, {@code start} starts the
   * same call through the engine. The name is the instance id, so it must be unique in the suite.
   */
  public DifferentialCase add(String name, Callable<?> plain, DifferentialCase.Start start) {
    DifferentialCase added = new DifferentialCase(name, plain, start);
    if (cases.putIfAbsent(name, added) != null) {
      throw new IllegalArgumentException("two differential cases are named \"" + name + "\"");
    }
    return added;
  }

  List<DifferentialCase> all() {
    return new ArrayList<>(cases.values());
  }

  Map<Class<?>, Supplier<?>> receivers() {
    return receivers;
  }

  /** The most steps any case takes after its start: a run needs one JVM more than that. */
  int mostSteps() {
    return cases.values().stream().mapToInt(c -> c.steps().size()).max().orElse(0);
  }
}
