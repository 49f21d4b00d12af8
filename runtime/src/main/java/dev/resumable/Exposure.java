package dev.resumable;

import dev.resumable.codec.Codec;
import dev.resumable.codec.CodecException;
import dev.resumable.codec.Codecs;
import dev.resumable.machine.FrameType;
import dev.resumable.machine.PayloadTypes;
import dev.resumable.proto.ExposedValue;
import dev.resumable.proto.InstanceRecord;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Values a workflow exposes to queries ({@link Workflow#expose}): encoded, with the type they
 * were exposed as, when the workflow exposes them; decoded from the stored record, only as that
 * same type, when someone asks.
 */
final class Exposure {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");

  private Exposure() {}

  static String name(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("exposed value name " + (name == null ? "null"
          : "\"" + name + "\"") + " is not valid: a name starts with a letter and has up to 100"
          + " letters, digits, '_', '.' or '-'");
    }
    return name;
  }

  static ExposedValue encode(String name, Type type, Object value) {
    type = boxed(type);
    try {
      return ExposedValue.newBuilder().setType(type.getTypeName())
          .setValue(Codecs.forType(type).encode(value)).build();
    } catch (CodecException e) {
      throw new IllegalArgumentException("\"" + name + "\" cannot be exposed as "
          + type.getTypeName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Throws {@link IllegalArgumentException} if neither {@code record} nor any of the methods its
   * instance can run in ({@code methods}, null if not known) ever exposes {@code name}: a query
   * of a mistyped name would otherwise answer "nothing yet" forever.
   */
  static void requireExposable(InstanceRecord record, String name, List<FrameType> methods) {
    if (record.getExposedMap().containsKey(name) || methods == null) {
      return;
    }
    Set<String> names = new TreeSet<>();
    for (FrameType method : methods) {
      if (method.exposedNames() == null) {
        return; // it computes names at run time
      }
      names.addAll(method.exposedNames());
    }
    if (!names.contains(name)) {
      throw new IllegalArgumentException("instance \"" + record.getId() + "\" never exposes \""
          + name + "\": " + (names.isEmpty() ? "its workflow exposes nothing"
              : "the names it exposes are " + String.join(", ", names.stream()
                  .map(n -> "\"" + n + "\"").toList())) + "; check the name");
    }
  }

  /** {@code int.class} is a {@code Class<Integer>}: exposed and read as Integer, null and all. */
  private static Type boxed(Type type) {
    return type instanceof Class<?> c ? PayloadTypes.boxed(c) : type;
  }

  /**
   * What {@code record} exposes as {@code name}, decoded as {@code type}; empty if it has exposed
   * nothing by that name yet. Asking for another type than it was exposed as is refused: a value
   * decoded as a type it never had could be silently wrong.
   */
  static Optional<Object> read(InstanceRecord record, String name, Type type) {
    type = boxed(type);
    ExposedValue stored = record.getExposedMap().get(name);
    if (stored == null) {
      return Optional.empty();
    }
    if (!stored.getType().equals(type.getTypeName())) {
      throw new IllegalArgumentException("instance \"" + record.getId() + "\" exposes \"" + name
          + "\" as " + stored.getType() + ", not as " + type.getTypeName()
          + ": ask for it as " + stored.getType());
    }
    Codec<Object> codec = Codecs.forType(type);
    try {
      return Optional.ofNullable(codec.decode(stored.getValue()));
    } catch (CodecException e) {
      throw new IllegalStateException("the value instance \"" + record.getId()
          + "\" exposes as \"" + name + "\" is damaged and cannot be decoded as "
          + type.getTypeName() + ": " + e.getMessage() + "; the stored state is kept", e);
    }
  }
}
