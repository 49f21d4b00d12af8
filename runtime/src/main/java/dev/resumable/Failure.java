package dev.resumable;

import dev.resumable.proto.StackElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exception that ended an instance, as stored: its class name, message and stack. Decoding
 * never creates the original exception class; in the JVM where it was thrown, {@link
 * #exception()} still has the original.
 */
public final class Failure {

  private final String type;
  private final String message;
  private final List<StackTraceElement> stack;
  private final Throwable exception;
  private final Failure cause;

  private Failure(String type, String message, List<StackTraceElement> stack, Throwable exception,
      Failure cause) {
    this.type = type;
    this.message = message;
    this.stack = List.copyOf(stack);
    this.exception = exception;
    this.cause = cause;
  }

  static Failure of(Throwable thrown) {
    return of(thrown, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
  }

  private static Failure of(Throwable thrown, java.util.Set<Throwable> seen) {
    seen.add(thrown);
    Throwable cause = thrown.getCause();
    return new Failure(thrown.getClass().getName(), thrown.getMessage(),
        List.of(thrown.getStackTrace()), thrown,
        cause == null || seen.contains(cause) ? null : of(cause, seen));
  }

  static Failure fromRecord(dev.resumable.proto.Failure record) {
    List<StackTraceElement> stack = new ArrayList<>();
    for (StackElement e : record.getStackList()) {
      stack.add(new StackTraceElement(e.getDeclaringClass(), e.getMethod(),
          e.getFile().isEmpty() ? null : e.getFile(), e.getLine()));
    }
    // A cause met earlier in the chain (same_as) would make a cycle; the chain ends there.
    boolean hasCause = record.hasCause() && record.getCause().getSameAs() == 0;
    return new Failure(record.getType(), record.getMessage().isEmpty() ? null : record.getMessage(),
        stack, null, hasCause ? fromRecord(record.getCause()) : null);
  }

  static dev.resumable.proto.Failure toRecord(Throwable thrown) {
    return toRecord(thrown, new java.util.IdentityHashMap<>());
  }

  /** {@code numbers}: the exceptions written so far, each with its number, from 1. */
  private static dev.resumable.proto.Failure toRecord(Throwable thrown,
      Map<Throwable, Integer> numbers) {
    Integer seen = numbers.get(thrown);
    if (seen != null) {
      return dev.resumable.proto.Failure.newBuilder().setSameAs(seen).build();
    }
    numbers.put(thrown, numbers.size() + 1);
    dev.resumable.proto.Failure.Builder record = dev.resumable.proto.Failure.newBuilder()
        .setType(thrown.getClass().getName());
    for (Class<?> c = thrown.getClass().getSuperclass(); c != null && c != Object.class;
        c = c.getSuperclass()) {
      record.addSupertypes(c.getName());
    }
    if (thrown.getMessage() != null) {
      record.setMessage(thrown.getMessage());
    }
    for (StackTraceElement e : thrown.getStackTrace()) {
      StackElement.Builder element = StackElement.newBuilder()
          .setDeclaringClass(e.getClassName())
          .setMethod(e.getMethodName())
          .setLine(e.getLineNumber());
      if (e.getFileName() != null) {
        element.setFile(e.getFileName());
      }
      record.addStack(element);
    }
    if (thrown.getCause() != null && thrown.getCause() != thrown) {
      record.setCause(toRecord(thrown.getCause(), numbers));
    }
    for (Throwable suppressed : thrown.getSuppressed()) {
      record.addSuppressed(toRecord(suppressed, numbers));
    }
    return record.build();
  }

  /** Fully qualified class name of the exception. */
  public String type() {
    return type;
  }

  public String message() {
    return message;
  }

  public List<StackTraceElement> stack() {
    return stack;
  }

  /** The exception that caused this one, as stored; null if none. */
  public Failure cause() {
    return cause;
  }

  /** The original exception, if it was thrown in this JVM; otherwise null. */
  public Throwable exception() {
    return exception;
  }

  @Override
  public String toString() {
    return message == null ? type : type + ": " + message;
  }
}
