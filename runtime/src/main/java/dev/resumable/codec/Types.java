package dev.resumable.codec;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Operations on {@link Type} that the JDK does not offer. */
final class Types {

  private static final Map<Class<?>, Class<?>> BOXES =
      Map.of(
          boolean.class, Boolean.class,
          byte.class, Byte.class,
          short.class, Short.class,
          char.class, Character.class,
          int.class, Integer.class,
          long.class, Long.class,
          float.class, Float.class,
          double.class, Double.class,
          void.class, Void.class);

  private Types() {}

  /** The class whose instances can hold a value of {@code type}, with primitives boxed. */
  static Class<?> boxedRawClass(Type type) {
    Class<?> raw = rawClass(type);
    return BOXES.getOrDefault(raw, raw);
  }

  /** Only for classes, parameterized types and generic arrays: the other kinds have no class. */
  static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof GenericArrayType g) {
      return rawClass(g.getGenericComponentType()).arrayType();
    }
    throw new IllegalArgumentException("no class for " + type.getTypeName());
  }

  /** The type arguments of {@code type} by the type variable of {@code raw} they bind. */
  static Map<TypeVariable<?>, Type> bindings(Class<?> raw, Type type) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    if (type instanceof ParameterizedType p) {
      TypeVariable<?>[] variables = raw.getTypeParameters();
      Type[] arguments = p.getActualTypeArguments();
      for (int i = 0; i < variables.length; i++) {
        bindings.put(variables[i], arguments[i]);
      }
    }
    return bindings;
  }

  /**
   * Substitutes bound type variables. Results compare equal to the JDK's own representation of the
   * same type, so that one type gets one cache entry however it was obtained.
   */
  static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable<?> v) {
      return bindings.getOrDefault(v, v);
    }
    if (type instanceof ParameterizedType p) {
      Type owner = p.getOwnerType() == null ? null : resolve(p.getOwnerType(), bindings);
      Type[] arguments = p.getActualTypeArguments();
      boolean changed = !Objects.equals(owner, p.getOwnerType());
      for (int i = 0; i < arguments.length; i++) {
        Type resolved = resolve(arguments[i], bindings);
        changed |= resolved != arguments[i];
        arguments[i] = resolved;
      }
      return changed ? new Parameterized((Class<?>) p.getRawType(), owner, arguments) : p;
    }
    if (type instanceof GenericArrayType g) {
      Type component = resolve(g.getGenericComponentType(), bindings);
      if (component instanceof Class<?> c) {
        return c.arrayType();
      }
      return component == g.getGenericComponentType() ? g : new GenericArray(component);
    }
    // Wildcards are rejected later with a message that shows them as written.
    return type;
  }

  /** Equal to, and hashing like, the JDK's implementation (see ParameterizedType#equals). */
  private record Parameterized(Class<?> raw, Type owner, Type[] arguments)
      implements ParameterizedType {

    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return owner;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ParameterizedType that
          && raw.equals(that.getRawType())
          && Objects.equals(owner, that.getOwnerType())
          && Arrays.equals(arguments, that.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(arguments) ^ Objects.hashCode(owner) ^ raw.hashCode();
    }

    @Override
    public String toString() {
      StringBuilder name = new StringBuilder();
      if (owner != null) {
        name.append(owner.getTypeName()).append('$').append(raw.getSimpleName());
      } else {
        name.append(raw.getName());
      }
      name.append('<');
      for (int i = 0; i < arguments.length; i++) {
        name.append(i == 0 ? "" : ", ").append(arguments[i].getTypeName());
      }
      return name.append('>').toString();
    }
  }

  /** Equal to, and hashing like, the JDK's implementation (see GenericArrayType#equals). */
  private record GenericArray(Type component) implements GenericArrayType {

    @Override
    public Type getGenericComponentType() {
      return component;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof GenericArrayType that && component.equals(that.getGenericComponentType());
    }

    @Override
    public int hashCode() {
      return component.hashCode();
    }

    @Override
    public String toString() {
      return component.getTypeName() + "[]";
    }
  }
}
