package dev.resumable.codec;

import com.google.protobuf.ByteString;
import dev.resumable.proto.Value;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values of a class that {@link StoredWith} names a codec for: an object of the graph (stored once,
 * however often it is referred to) whose contents are the codec's bytes.
 */
final class StoredWithCodec extends BaseCodec<Object> {

  private static final ConcurrentHashMap<Class<? extends ObjectCodec>, ObjectCodec> INSTANCES =
      new ConcurrentHashMap<>();

  private final Class<?> type;
  private final ObjectCodec codec;

  private StoredWithCodec(Class<?> type, ObjectCodec codec) {
    super(type);
    this.type = type;
    this.codec = codec;
  }

  /** The codec for {@code type} if it or its package is annotated, else null. */
  static StoredWithCodec forClass(Class<?> type) {
    StoredWith storedWith = type.getAnnotation(StoredWith.class);
    if (storedWith == null && type.getPackage() != null) {
      storedWith = type.getPackage().getAnnotation(StoredWith.class);
    }
    if (storedWith == null || type.getTypeParameters().length > 0) {
      return null;
    }
    Class<? extends ObjectCodec> codecClass = storedWith.value();
    return new StoredWithCodec(type, INSTANCES.computeIfAbsent(codecClass,
        StoredWithCodec::instantiate));
  }

  private static ObjectCodec instantiate(Class<?> codecClass) {
    try {
      return (ObjectCodec) codecClass.getConstructor().newInstance();
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new CodecException("cannot create codec " + codecClass.getName() + ", named by"
          + " @StoredWith: " + e + "; give it a public no-argument constructor", e);
    }
  }

  @Override
  boolean isObject() {
    return true;
  }

  @Override
  Value encodeNonNull(Object value, GraphWriter graph) {
    if (value.getClass() != type && !type.isInterface()
        && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
      // The codec is asked for a `type` when decoding: a subclass would come back as another class.
      throw new CodecException("cannot keep a " + value.getClass().getName() + " declared as "
          + typeName() + ": " + codec.getClass().getName() + " would restore it as a "
          + typeName() + "; declare it with its own class");
    }
    try {
      return Value.newBuilder().setBytesValue(ByteString.copyFrom(codec.encode(value, type)))
          .build();
    } catch (CodecException e) {
      throw e;
    } catch (Exception e) {
      throw new CodecException("cannot encode a " + value.getClass().getName() + " as "
          + typeName() + " with " + codec.getClass().getName() + ": " + e, e);
    }
  }

  @Override
  Object decodeSet(Value value, GraphReader graph) {
    if (value.getKindCase() != Value.KindCase.BYTES_VALUE) {
      throw wrongKind(value, Value.KindCase.BYTES_VALUE);
    }
    Object decoded;
    try {
      decoded = codec.decode(value.getBytesValue().toByteArray(), type);
    } catch (CodecException e) {
      throw e;
    } catch (Exception e) {
      throw new CodecException("cannot decode " + typeName() + " with "
          + codec.getClass().getName() + ": " + e, e);
    }
    if (decoded == null) {
      throw new CodecException("cannot decode " + typeName() + ": "
          + codec.getClass().getName() + " decoded null from a stored value");
    }
    return requireDeclaredType(decoded, "value of " + codec.getClass().getName());
  }
}
