package dev.resumable.codec;

import dev.resumable.proto.Fields;
import dev.resumable.proto.Value;
import dev.resumable.proto.ValueList;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores an exception as data: its class and superclass names, message, stack trace, cause and
 * suppressed exceptions. The cause and the suppressed exceptions are objects of the graph like the
 * exception itself, so an exception met twice (as one's cause and another's suppressed, or in a
 * local too) comes back as one exception. An exception is constructed with its cause, so a chain
 * of causes that leads back to itself is refused; suppressed exceptions are added afterwards, so
 * they may refer back.
 * It is restored as the most specific of those classes that {@link ExceptionTypes} knows and that
 * fits the static type, through its {@code (String, Throwable)}, {@code (String)} or {@code ()}
 * constructor; the original class itself when it is known, which every caught type is.
 */
final class ThrowableCodec<T extends Throwable> extends BaseCodec<T> {

  private final Class<T> type;

  ThrowableCodec(Class<T> type) {
    super(type);
    this.type = type;
    ExceptionTypes.register(type);
  }

  @Override
  boolean isObject() {
    return true;
  }

  @Override
  Value encodeNonNull(T value, GraphWriter graph) {
    return encodeException(value, graph);
  }

  private static Codec<Throwable> parts() {
    return Codecs.of(Throwable.class);
  }

  private static Value encodeException(Throwable thrown, GraphWriter graph) {
    ValueList.Builder types = ValueList.newBuilder();
    for (Class<?> c = thrown.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      types.addItems(text(c.getName()));
    }
    ValueList.Builder stack = ValueList.newBuilder();
    for (StackTraceElement e : thrown.getStackTrace()) {
      stack.addItems(Value.newBuilder().setRecordValue(Fields.newBuilder()
          .putFields("class", text(e.getClassName()))
          .putFields("method", text(e.getMethodName()))
          .putFields("file", e.getFileName() == null ? NULL : text(e.getFileName()))
          .putFields("line", Value.newBuilder().setIntValue(e.getLineNumber()).build())));
    }
    Fields.Builder fields = Fields.newBuilder()
        .putFields("types", Value.newBuilder().setListValue(types).build())
        .putFields("message", thrown.getMessage() == null ? NULL : text(thrown.getMessage()))
        .putFields("stack", Value.newBuilder().setListValue(stack).build());
    Throwable cause = thrown.getCause();
    if (cause != null && cause != thrown) {
      fields.putFields("cause", parts().encode(cause, graph));
    }
    // Restored before its suppressed exceptions are added, so that they may refer back to it.
    graph.constructed(thrown);
    if (thrown.getSuppressed().length > 0) {
      ValueList.Builder suppressed = ValueList.newBuilder();
      for (Throwable s : thrown.getSuppressed()) {
        suppressed.addItems(parts().encode(s, graph));
      }
      fields.putFields("suppressed", Value.newBuilder().setListValue(suppressed).build());
    }
    return Value.newBuilder().setRecordValue(fields).build();
  }

  @Override
  T decodeSet(Value value, GraphReader graph) {
    return type.cast(decode(value, type, graph));
  }

  private Throwable decode(Value value, Class<? extends Throwable> bound, GraphReader graph) {
    if (value.getKindCase() != Value.KindCase.RECORD_VALUE) {
      throw wrongKind(value, Value.KindCase.RECORD_VALUE);
    }
    Fields fields = value.getRecordValue();
    Value messageValue = fields.getFieldsOrDefault("message", NULL);
    String message = messageValue.hasStringValue() ? messageValue.getStringValue() : null;
    Throwable cause = parts().decode(fields.getFieldsOrDefault("cause", NULL), graph);
    Throwable restored = null;
    for (Value name : fields.getFieldsOrDefault("types", NULL).getListValue().getItemsList()) {
      Class<? extends Throwable> candidate = ExceptionTypes.known(name.getStringValue());
      if (candidate != null && bound.isAssignableFrom(candidate)) {
        restored = instantiate(candidate, message, cause);
        if (restored != null) {
          break;
        }
      }
    }
    if (restored == null) {
      throw new CodecException("cannot restore a stored exception as " + bound.getName()
          + ": none of its classes " + fields.getFieldsOrDefault("types", NULL)
          .getListValue().getItemsList().stream().map(Value::getStringValue).toList()
          + " is known with a (String), (String, Throwable) or () constructor");
    }
    graph.createdFrom(value, restored);
    restored.setStackTrace(stack(fields.getFieldsOrDefault("stack", NULL)));
    for (Value s : fields.getFieldsOrDefault("suppressed", NULL).getListValue().getItemsList()) {
      Throwable suppressed = parts().decode(s, graph);
      if (suppressed == null || suppressed == restored) {
        throw new CodecException("a stored exception's suppressed exceptions hold "
            + (suppressed == null ? "null" : "the exception itself") + ", which Java forbids");
      }
      restored.addSuppressed(suppressed);
    }
    return restored;
  }

  private static Throwable instantiate(Class<? extends Throwable> c, String message,
      Throwable cause) {
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    try {
      MethodHandle both = lookup.findConstructor(c,
          MethodType.methodType(void.class, String.class, Throwable.class));
      return (Throwable) both.invoke(message, cause);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      // try the next constructor
    } catch (Throwable e) {
      return null;
    }
    try {
      MethodHandle withMessage = lookup.findConstructor(c,
          MethodType.methodType(void.class, String.class));
      return withCause((Throwable) withMessage.invoke(message), cause);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      // try the next constructor
    } catch (Throwable e) {
      return null;
    }
    try {
      MethodHandle plain = lookup.findConstructor(c, MethodType.methodType(void.class));
      return withCause((Throwable) plain.invoke(), cause);
    } catch (Throwable e) {
      return null;
    }
  }

  private static Throwable withCause(Throwable thrown, Throwable cause) {
    if (cause != null && thrown.getCause() == null) {
      try {
        thrown.initCause(cause);
      } catch (IllegalStateException alreadySet) {
        // the constructor fixed the cause
      }
    }
    return thrown;
  }

  private static StackTraceElement[] stack(Value value) {
    List<StackTraceElement> elements = new ArrayList<>();
    for (Value item : value.getListValue().getItemsList()) {
      Fields f = item.getRecordValue();
      Value file = f.getFieldsOrDefault("file", NULL);
      elements.add(new StackTraceElement(f.getFieldsOrThrow("class").getStringValue(),
          f.getFieldsOrThrow("method").getStringValue(),
          file.hasStringValue() ? file.getStringValue() : null,
          (int) f.getFieldsOrThrow("line").getIntValue()));
    }
    return elements.toArray(StackTraceElement[]::new);
  }

  private static Value text(String s) {
    return Value.newBuilder().setStringValue(s).build();
  }
}
