package dev.resumable.codec;

import com.google.protobuf.MessageLite;
import dev.resumable.proto.Value;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Builds the codec of each static type once, and caches it. */
final class CodecFactory {

  // Far beyond any real data type, yet stops records whose type arguments grow without end.
  private static final int MAX_NESTING = 64;

  private final ConcurrentHashMap<Type, Codec<?>> cache = new ConcurrentHashMap<>();

  /**
   * Building is rare and serialized. A build may need codecs of other types and, through recursive
   * records, of a type still being built; none is cached until the outermost build succeeds, so no
   * other thread sees a codec whose parts are missing.
   */
  private final Object buildLock = new Object();

  private final Map<Type, Codec<?>> built = new HashMap<>();
  private final Map<Type, ForwardCodec> building = new HashMap<>();

  Codec<Object> get(Type type) {
    Objects.requireNonNull(type, "type");
    Codec<?> cached = cache.get(type);
    if (cached != null) {
      return cast(cached);
    }
    synchronized (buildLock) {
      boolean outermost = building.isEmpty();
      try {
        Codec<Object> codec = codecFor(type);
        if (outermost) {
          cache.putAll(built);
        }
        return codec;
      } finally {
        if (outermost) {
          built.clear();
        }
      }
    }
  }

  /**
   * The codec of a type that appears in the one being built, in the given role, such as "items of
   * java.util.List<Foo>"; a failure names the role. Called with the build lock held.
   */
  Codec<Object> nested(Type type, String role) {
    try {
      return codecFor(type);
    } catch (CodecException e) {
      throw BaseCodec.within(e, role);
    }
  }

  private Codec<Object> codecFor(Type type) {
    Codec<?> existing = cache.get(type);
    if (existing == null) {
      existing = built.get(type);
    }
    if (existing == null) {
      existing = building.get(type);
    }
    if (existing != null) {
      return cast(existing);
    }
    if (building.size() >= MAX_NESTING) {
      throw new CodecException(
          "cannot persist values of type "
              + type.getTypeName()
              + ": types nest more than "
              + MAX_NESTING
              + " levels deep");
    }
    ForwardCodec forward = new ForwardCodec();
    building.put(type, forward);
    try {
      Codec<Object> codec = cast(create(type));
      forward.target = codec;
      built.put(type, codec);
      return codec;
    } finally {
      building.remove(type);
    }
  }

  private Codec<?> create(Type type) {
    if (type instanceof Class<?> c) {
      return createForClass(c);
    }
    if (type instanceof ParameterizedType p) {
      return createForParameterized(p);
    }
    if (type instanceof GenericArrayType g) {
      return new ArrayCodec(g, nested(g.getGenericComponentType(), "items of " + g.getTypeName()));
    }
    if (type instanceof WildcardType) {
      throw UnsupportedTypes.wildcard(type);
    }
    if (type instanceof TypeVariable<?>) {
      throw UnsupportedTypes.typeVariable(type);
    }
    throw new CodecException("cannot persist values of type " + type.getTypeName());
  }

  private Codec<?> createForClass(Class<?> c) {
    Codec<?> codec = ScalarCodecs.forClass(c);
    if (codec == null) {
      codec = TimeCodecs.forClass(c);
    }
    if (codec != null) {
      return codec;
    }
    if (c.isArray()) {
      return new ArrayCodec(c, nested(c.getComponentType(), "items of " + c.getTypeName()));
    }
    if (c.isEnum()) {
      return EnumCodec.of(c);
    }
    if (Throwable.class.isAssignableFrom(c)) {
      return throwableCodec(c.asSubclass(Throwable.class));
    }
    // Ahead of the raw-type check: some protobuf base classes are generic, yet no TypeRef helps.
    if (MessageLite.class.isAssignableFrom(c)) {
      return MessageCodec.of(c.asSubclass(MessageLite.class));
    }
    if (c.getTypeParameters().length > 0
        && (c.isRecord() || c == Optional.class || CollectionCodecs.isCollection(c))) {
      throw UnsupportedTypes.rawType(c);
    }
    if (c.isRecord()) {
      return new RecordCodec(c, c, this);
    }
    StoredWithCodec storedWith = StoredWithCodec.forClass(c);
    if (storedWith != null) {
      return storedWith;
    }
    throw UnsupportedTypes.of(c, c);
  }

  private Codec<?> createForParameterized(ParameterizedType type) {
    Class<?> raw = (Class<?>) type.getRawType();
    if (raw == Optional.class) {
      Type content = type.getActualTypeArguments()[0];
      return new OptionalCodec(type, nested(content, "the content of " + type.getTypeName()));
    }
    Codec<?> collection = CollectionCodecs.create(type, this);
    if (collection != null) {
      return collection;
    }
    if (raw.isRecord()) {
      return new RecordCodec(raw, type, this);
    }
    throw UnsupportedTypes.of(type, raw);
  }

  private static <T extends Throwable> Codec<T> throwableCodec(Class<T> type) {
    return new ThrowableCodec<>(type);
  }

  @SuppressWarnings("unchecked")
  private static Codec<Object> cast(Codec<?> codec) {
    return (Codec<Object>) codec;
  }

  /** Stands in for a codec under construction, which a recursive record refers to. */
  private static final class ForwardCodec implements Codec<Object> {
    // Set before any codec referring to it is cached, so other threads see it through the cache.
    private Codec<Object> target;

    @Override
    public Value encode(Object value, GraphWriter graph) {
      return target.encode(value, graph);
    }

    @Override
    public Object decode(Value value, GraphReader graph) {
      return target.decode(value, graph);
    }
  }
}
