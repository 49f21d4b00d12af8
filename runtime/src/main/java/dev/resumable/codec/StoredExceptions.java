package dev.resumable.codec;

import dev.resumable.proto.Failure;
import dev.resumable.proto.Fields;
import dev.resumable.proto.StackElement;
import dev.resumable.proto.Value;
import dev.resumable.proto.ValueList;

/**
 * Rebuilds an exception from its stored {@link Failure} description, the way a stored exception
 * local is restored: as the most specific of its classes that code names, with its message,
 * stack, causes and suppressed exceptions. Used where a failed branch's exception is rethrown at the join.
 */
public final class StoredExceptions {

  private static final Value NULL = Value.getDefaultInstance();

  private StoredExceptions() {}

  public static Throwable restore(Failure failure) {
    return Codecs.of(Throwable.class).decode(asValue(failure));
  }

  /** The failure in the form {@link ThrowableCodec} stores exceptions in. */
  private static Value asValue(Failure failure) {
    ValueList.Builder types = ValueList.newBuilder().addItems(text(failure.getType()));
    failure.getSupertypesList().forEach(t -> types.addItems(text(t)));
    ValueList.Builder stack = ValueList.newBuilder();
    for (StackElement e : failure.getStackList()) {
      stack.addItems(Value.newBuilder().setRecordValue(Fields.newBuilder()
          .putFields("class", text(e.getDeclaringClass()))
          .putFields("method", text(e.getMethod()))
          .putFields("file", e.getFile().isEmpty() ? NULL : text(e.getFile()))
          .putFields("line", Value.newBuilder().setIntValue(e.getLine()).build())));
    }
    Fields.Builder fields = Fields.newBuilder()
        .putFields("types", Value.newBuilder().setListValue(types).build())
        .putFields("message", failure.getMessage().isEmpty() ? NULL : text(failure.getMessage()))
        .putFields("stack", Value.newBuilder().setListValue(stack).build());
    if (failure.hasCause()) {
      fields.putFields("cause", asValue(failure.getCause()));
    }
    if (failure.getSuppressedCount() > 0) {
      ValueList.Builder suppressed = ValueList.newBuilder();
      failure.getSuppressedList().forEach(s -> suppressed.addItems(asValue(s)));
      fields.putFields("suppressed", Value.newBuilder().setListValue(suppressed).build());
    }
    return Value.newBuilder().setRecordValue(fields).build();
  }

  private static Value text(String s) {
    return Value.newBuilder().setStringValue(s).build();
  }
}
