package dev.resumable.codec;

/**
 * Stores values of an application's own classes that the engine cannot store by itself, such as
 * JavaBeans and other classes with fields: name the implementation with {@link StoredWith} on the
 * class or on its package. The optional module {@code resumable-codec-jackson} has one that writes
 * JSON.
 *
 * <p>The engine creates one instance per implementation, through its public no-argument
 * constructor, and calls it from several threads. It hands over the static type the value is
 * declared with, a class that code names, never one that stored data names: {@link #decode} must
 * create a {@code type} from {@code data} and must never create a class that the data names (no
 * type ids, no class names in the data). A value met twice in one instance's graph is encoded once
 * and decoded as one object; what the codec writes inside it is up to the codec.
 */
public interface ObjectCodec {

  /** The bytes of {@code value}, which is a {@code type}; throw to refuse it. */
  byte[] encode(Object value, Class<?> type) throws Exception;

  /** A {@code type} rebuilt from {@code data}, which {@link #encode} wrote; throw if it cannot. */
  <T> T decode(byte[] data, Class<T> type) throws Exception;
}
