package dev.resumable.codec;

import dev.resumable.proto.Value;
import java.lang.reflect.GenericDeclaration;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the type variables of one activation of a generic {@code @Resumable} method stand for, as
 * its caller stated them at the call. A local typed {@code T}, or {@code List<T>}, is stored and
 * restored with the codec of the type the caller bound {@code T} to; after a restart the caller's
 * restored frame states it again, from its code, so nothing stored names a type.
 *
 * <p>A type argument the caller could not state (its own type variable where nobody told it
 * what that is, or a type the engine cannot store) is kept as the reason why: a value of it that
 * a wait keeps is refused before anything is stored, naming that reason.
 */
public final class TypeArguments {

  /** Of a method without type variables, or one nobody stated them for. */
  public static final TypeArguments NONE = new TypeArguments(new Type[0]);

  private final Type[] arguments;
  // Shared by every call through one call site, on any thread.
  private final Map<Type, Codec<?>> codecs = new ConcurrentHashMap<>();

  private TypeArguments(Type[] arguments) {
    this.arguments = arguments;
  }

  /**
   * The arguments of the callee's type variables in their declaration order: a class, a {@link
   * TypeRef#type()}, or {@link #unstated} where the caller cannot say.
   */
  public static TypeArguments of(Type... arguments) {
    for (Type argument : arguments) {
      Objects.requireNonNull(argument, "type argument");
    }
    return new TypeArguments(arguments.clone());
  }

  /** A type argument the caller cannot state, and why: a value of it cannot be stored. */
  public static Type unstated(String why) {
    return new Unstated(why);
  }

  /**
   * {@code type} with the type variables of this activation replaced, as a caller states the type
   * arguments of the generic method it calls; {@link #unstated} if one of them is.
   */
  public Type resolve(TypeCapture<?> type) {
    return resolve(type.type());
  }

  /**
   * The codec of {@code type} with its type variables replaced. It is built when a value first
   * goes through it, so that an unstated type argument is refused where the value is stored,
   * with the name of the local, rather than where the codec is written down.
   */
  public <T> Codec<T> codec(TypeCapture<T> type) {
    Type declared = type.type();
    return new Codec<T>() {
      @Override
      public Value encode(T value, GraphWriter graph) {
        return TypeArguments.this.<T>resolved(declared).encode(value, graph);
      }

      @Override
      public T decode(Value value, GraphReader graph) {
        return TypeArguments.this.<T>resolved(declared).decode(value, graph);
      }
    };
  }

  @SuppressWarnings("unchecked")
  private <T> Codec<T> resolved(Type declared) {
    return (Codec<T>) codecs.computeIfAbsent(declared, d -> {
      Type type = resolve(d);
      if (type instanceof Unstated unstated) {
        throw new CodecException(unstated.why);
      }
      return Codecs.forType(type);
    });
  }

  private Type resolve(Type declared) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    Unstated unstated = bind(declared, bindings);
    return unstated != null ? unstated : Types.resolve(declared, bindings);
  }

  /** Binds every type variable {@code type} mentions; the first that has no type, if any. */
  private Unstated bind(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable<?> variable) {
      Type argument = argumentOf(variable);
      bindings.put(variable, argument);
      return argument instanceof Unstated unstated ? unstated : null;
    }
    Type[] parts = type instanceof java.lang.reflect.ParameterizedType p
        ? p.getActualTypeArguments()
        : type instanceof java.lang.reflect.GenericArrayType g
            ? new Type[] {g.getGenericComponentType()}
            : new Type[0];
    for (Type part : parts) {
      Unstated unstated = bind(part, bindings);
      if (unstated != null) {
        return unstated;
      }
    }
    return null;
  }

  private Type argumentOf(TypeVariable<?> variable) {
    GenericDeclaration declaration = variable.getGenericDeclaration();
    int index = Arrays.asList(declaration.getTypeParameters()).indexOf(variable);
    if (index < 0 || index >= arguments.length) {
      return new Unstated("nothing stated what type variable " + variable.getName() + " is: a"
          + " generic @Resumable method learns it from the workflow that calls it");
    }
    return arguments[index];
  }

  @Override
  public String toString() {
    return Arrays.toString(arguments);
  }

  /** A type argument the caller could not state. */
  private record Unstated(String why) implements Type {
    @Override
    public String getTypeName() {
      return "(unstated: " + why + ")";
    }
  }
}
