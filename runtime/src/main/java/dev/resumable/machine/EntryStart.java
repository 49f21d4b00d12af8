package dev.resumable.machine;

import dev.resumable.codec.Codec;
import dev.resumable.codec.CodecException;
import dev.resumable.proto.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * How a method's entry frame is stored before it runs, for a start at a later time or by a
 * schedule: each argument encoded by its parameter's declared type, like a durable step's, and
 * the frame built from them again when it is due, on the receiver registered then. Generated for
 * every {@code @Resumable} method that declares no type variable.
 */
public final class EntryStart {

  /** Builds the entry frame from decoded arguments. */
  @FunctionalInterface
  public interface Factory {
    Frame frame(Receivers receivers, Object[] arguments);
  }

  private final Factory factory;
  private final List<Codec<?>> parameters;

  private EntryStart(Factory factory, List<Codec<?>> parameters) {
    this.factory = factory;
    this.parameters = List.copyOf(parameters);
  }

  /** @param parameters each parameter's codec, in order */
  public static EntryStart of(Factory factory, Codec<?>... parameters) {
    return new EntryStart(factory, List.of(parameters));
  }

  /** For generated code: argument {@code index}, as the parameter's type the call site infers. */
  @SuppressWarnings("unchecked") // decoded by that parameter's codec, so of its type
  public static <T> T argument(Object[] arguments, int index) {
    return (T) arguments[index];
  }

  /**
   * The stored arguments, refused with an {@link IllegalArgumentException} naming the argument if
   * one cannot be stored or is missing.
   */
  @SuppressWarnings("unchecked") // each codec is the one of its parameter's declared type
  public List<Value> encode(String method, Object[] arguments) {
    if (arguments.length != parameters.size()) {
      throw new IllegalArgumentException(method + " takes " + parameters.size()
          + " arguments, not " + arguments.length);
    }
    List<Value> encoded = new ArrayList<>(arguments.length);
    for (int i = 0; i < arguments.length; i++) {
      try {
        encoded.add(((Codec<Object>) parameters.get(i)).encode(arguments[i]));
      } catch (CodecException | ClassCastException | NullPointerException e) {
        throw new IllegalArgumentException("argument " + (i + 1) + " of " + method
            + " cannot be stored: " + e.getMessage(), e);
      }
    }
    return encoded;
  }

  /** The entry frame of the stored arguments; a {@link StoredDataException} if they do not fit. */
  public Frame frame(String method, List<Value> stored, Receivers receivers) {
    if (stored.size() != parameters.size()) {
      throw new StoredDataException(method + " was stored with " + stored.size()
          + " arguments, but this build takes " + parameters.size(), null);
    }
    Object[] arguments = new Object[stored.size()];
    for (int i = 0; i < arguments.length; i++) {
      try {
        arguments[i] = parameters.get(i).decode(stored.get(i));
      } catch (RuntimeException e) {
        throw new StoredDataException("argument " + (i + 1) + " of " + method
            + " cannot be decoded: " + e.getMessage(), e);
      }
    }
    return factory.frame(receivers, arguments);
  }
}
