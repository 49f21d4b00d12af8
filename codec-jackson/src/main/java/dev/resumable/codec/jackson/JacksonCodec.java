package dev.resumable.codec.jackson;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.resumable.codec.CodecException;
import dev.resumable.codec.ObjectCodec;
import java.util.Arrays;

/**
 * Stores an ordinary class with fields as JSON: name it with {@code @StoredWith(JacksonCodec.class)}
 * on the class or on its package. Every field is stored by name (not the getters: a JavaBean's
 * state is its fields), {@code static} and {@code transient} ones excepted, and restored through
 * the class's no-argument constructor, which may be private. A field the data lacks keeps what
 * the constructor gave it, and data for a field the class no longer has is ignored.
 *
 * <p>Decoding creates only the declared class and the types its fields declare: type ids that
 * name classes ({@code @JsonTypeInfo(use = CLASS)}) are refused, and no default typing is on.
 * A value whose JSON would not come back as the same JSON (a field holding a subclass with fields
 * of its own, a class-named type id) is refused when it is stored, so the step that would store
 * it fails and nothing is written. Jackson decides what is inside: a field declared as an
 * interface such as {@code List} comes back as Jackson's choice ({@code ArrayList}), and two fields
 * referring to one object come back as two; declare fields with the classes you mean, or use
 * records, whose codec keeps both.
 */
public final class JacksonCodec implements ObjectCodec {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .visibility(PropertyAccessor.ALL, Visibility.NONE)
      .visibility(PropertyAccessor.FIELD, Visibility.ANY)
      .enable(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      // Allows no class by name: a type id that names a class is refused when decoding.
      .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
      .build();

  @Override
  public byte[] encode(Object value, Class<?> type) throws Exception {
    byte[] json = MAPPER.writerFor(type).writeValueAsBytes(value);
    // What would not come back as it was is refused now, before anything is stored.
    byte[] again;
    try {
      again = MAPPER.writerFor(type).writeValueAsBytes(MAPPER.readValue(json, type));
    } catch (Exception e) {
      throw new CodecException("cannot keep a " + value.getClass().getName() + " as JSON: it"
          + " would not come back (" + e.getMessage() + "); give it a no-argument constructor and"
          + " fields of types Jackson creates without a class name in the data", e);
    }
    if (!Arrays.equals(json, again)) {
      throw new CodecException("cannot keep a " + value.getClass().getName() + " as JSON: it"
          + " would come back different, " + new String(again, java.nio.charset.StandardCharsets.UTF_8)
          + " instead of " + new String(json, java.nio.charset.StandardCharsets.UTF_8)
          + "; a field probably holds a subclass of its declared type; declare the field with"
          + " the class it holds");
    }
    return json;
  }

  @Override
  public <T> T decode(byte[] data, Class<T> type) throws Exception {
    return MAPPER.readValue(data, type);
  }
}
