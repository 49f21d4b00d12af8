package dev.resumable.codec;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * A static type as generated code writes it, type variables included: {@code new
 * TypeCapture<List<T>>() {}} inside a generic state machine captures {@code List<T>} with the
 * class's own {@code T}, which {@link TypeArguments} then replaces by what a caller said it is.
 * Unlike {@link TypeRef}, it may capture a type variable; it is only ever resolved, never decoded
 * by as it is.
 */
public abstract class TypeCapture<T> {

  /** The captured type of each anonymous subclass, found by reflection once per class. */
  private static final ClassValue<Type> CAPTURED = new ClassValue<>() {
    @Override
    protected Type computeValue(Class<?> subclass) {
      if (!(subclass.getGenericSuperclass() instanceof ParameterizedType declared)
          || declared.getRawType() != TypeCapture.class) {
        throw new IllegalArgumentException(
            "create a TypeCapture as a direct anonymous subclass: new TypeCapture<List<T>>() {}");
      }
      return declared.getActualTypeArguments()[0];
    }
  };

  protected TypeCapture() {}

  /** The type as written, possibly naming type variables. */
  public final Type type() {
    return CAPTURED.get(getClass());
  }

  @Override
  public String toString() {
    return type().getTypeName();
  }
}
