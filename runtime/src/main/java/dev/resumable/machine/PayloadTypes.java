package dev.resumable.machine;

/** Payload type checks: a wait for {@code int.class} accepts an {@code Integer}. */
public final class PayloadTypes {

  private PayloadTypes() {}

  public static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == int.class) return Integer.class;
    if (type == long.class) return Long.class;
    if (type == boolean.class) return Boolean.class;
    if (type == double.class) return Double.class;
    if (type == float.class) return Float.class;
    if (type == char.class) return Character.class;
    if (type == byte.class) return Byte.class;
    if (type == short.class) return Short.class;
    return Void.class;
  }

  /**
   * Whether {@code value} is a {@code typeName}: its class or one of its supertypes has that
   * name. Stored waits name their types; no class is loaded to check.
   */
  public static boolean isNamed(String typeName, Object value) {
    if (value == null) {
      return true;
    }
    java.util.ArrayDeque<Class<?>> pending = new java.util.ArrayDeque<>();
    pending.add(value.getClass());
    while (!pending.isEmpty()) {
      Class<?> c = pending.poll();
      if (c.getName().equals(typeName)) {
        return true;
      }
      if (c.getSuperclass() != null) {
        pending.add(c.getSuperclass());
      }
      pending.addAll(java.util.List.of(c.getInterfaces()));
    }
    return false;
  }

  /**
   * The names of {@code type} and of every class and interface it extends or implements, as an
   * event kept in the inbox stores them, so that a wait for any of them takes it.
   */
  public static java.util.List<String> namesOf(Class<?> type) {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    java.util.ArrayDeque<Class<?>> pending = new java.util.ArrayDeque<>();
    pending.add(type);
    while (!pending.isEmpty()) {
      Class<?> c = pending.poll();
      if (c != Object.class && names.add(c.getName())) {
        if (c.getSuperclass() != null) {
          pending.add(c.getSuperclass());
        }
        pending.addAll(java.util.List.of(c.getInterfaces()));
      }
    }
    return java.util.List.copyOf(names);
  }

  /**
   * Whether a wait for {@code type} takes {@code event} from the inbox: by the rule direct
   * delivery follows, the event's class or one of its supertypes is {@code type}. Compared by
   * name, so no class named by stored data is loaded.
   */
  public static boolean isKept(dev.resumable.proto.InboxEvent event, Class<?> type) {
    String name = type.getName();
    return event.getType().equals(name) || event.getSupertypesList().contains(name);
  }

  public static boolean accepts(Class<?> type, Object value) {
    return value == null ? !type.isPrimitive() : boxed(type).isInstance(value);
  }
}
