package dev.resumable.codec;

import dev.resumable.proto.Failure;
import dev.resumable.proto.Fields;
import dev.resumable.proto.StackElement;
import dev.resumable.proto.Value;
import dev.resumable.proto.ValueList;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds an exception from its stored {@link Failure} description, the way a stored exception
 * local is restored: as the most specific of its classes that code names, with its message,
 * stack, causes and suppressed exceptions, an exception met twice in it restored once. Used where a
 * failed branch's exception is rethrown at the join.
 */
public final class StoredExceptions {

  private static final Value NULL = Value.getDefaultInstance();

  private StoredExceptions() {}

  public static Throwable restore(Failure failure) {
    List<Value> objects = new ArrayList<>();
    Value root = asObject(failure, objects);
    return Codecs.of(Throwable.class).decode(root, GraphReader.of(objects));
  }

  /**
   * The failure's exceptions as objects of a graph, in the form {@link ThrowableCodec} stores
   * them: each one object, numbered as {@link Failure#getSameAs()} counts, and every exception met
   * again a reference to it, so that one exception met twice is restored as one.
   */
  private static Value asObject(Failure failure, List<Value> objects) {
    if (failure.getSameAs() != 0) {
      if (failure.getSameAs() > objects.size()) {
        throw new CodecException("a stored failure refers to exception " + failure.getSameAs()
            + ", but only " + objects.size() + " come before it");
      }
      return Value.newBuilder().setRef(failure.getSameAs() - 1).build();
    }
    int index = objects.size();
    objects.add(NULL);
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
      fields.putFields("cause", asObject(failure.getCause(), objects));
    }
    if (failure.getSuppressedCount() > 0) {
      ValueList.Builder suppressed = ValueList.newBuilder();
      failure.getSuppressedList().forEach(s -> suppressed.addItems(asObject(s, objects)));
      fields.putFields("suppressed", Value.newBuilder().setListValue(suppressed).build());
    }
    objects.set(index, Value.newBuilder().setRecordValue(fields).build());
    return Value.newBuilder().setRef(index).build();
  }

  private static Value text(String s) {
    return Value.newBuilder().setStringValue(s).build();
  }
}
