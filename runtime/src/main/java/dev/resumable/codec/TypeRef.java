package dev.resumable.codec;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;

/**
 * A static type with its type arguments, which a {@code Class} cannot express. Create it as an
 * anonymous subclass, whose declaration keeps the type argument at run time:
 *
 * <pre>{@code
 * Codec<List<String>> codec = Codecs.of(new TypeRef<List<String>>() {});
 * }</pre>
 *
 * <p>Two type references are equal when they capture equal types.
 */
public abstract class TypeRef<T> {

  private final Type type;

  /** Captures the subclass's type argument; throws IllegalArgumentException if it has none. */
  protected TypeRef() {
    Class<?> subclass = getClass();
    while (subclass.getSuperclass() != TypeRef.class) {
      subclass = subclass.getSuperclass();
    }
    if (!(subclass.getGenericSuperclass() instanceof ParameterizedType declared)) {
      throw new IllegalArgumentException(
          "TypeRef created without a type argument: create it as new TypeRef<List<String>>() {}");
    }
    Type argument = declared.getActualTypeArguments()[0];
    if (argument instanceof TypeVariable<?> variable) {
      throw new IllegalArgumentException(
          "TypeRef captured the type variable "
              + variable.getName()
              + " rather than a type: create it where the type is known, as in"
              + " new TypeRef<List<String>>() {}");
    }
    this.type = argument;
  }

  public final Type type() {
    return type;
  }

  @Override
  public final boolean equals(Object o) {
    return o instanceof TypeRef<?> that && type.equals(that.type);
  }

  @Override
  public final int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return type.getTypeName();
  }
}
