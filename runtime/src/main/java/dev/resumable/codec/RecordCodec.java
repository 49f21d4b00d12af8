package dev.resumable.codec;

import dev.resumable.proto.Fields;
import dev.resumable.proto.Value;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Map;

/**
 * Records as their components by name, each encoded by its declared type with the record's type
 * arguments filled in.
 *
 * <p>Components are looked up by name, so stored values survive changes to the record: a component
 * missing from the data (added since) decodes as null, zero or false, and data for a component the
 * record no longer has is ignored. Decoding goes through the canonical constructor, so the record's
 * own validation applies to decoded values.
 */
final class RecordCodec extends BaseCodec<Object> {

  private static final MethodType ACCESSOR = MethodType.methodType(Object.class, Object.class);
  private static final MethodType CONSTRUCTOR = MethodType.methodType(Object.class, Object[].class);

  private final String[] names;
  private final Codec<Object>[] codecs;
  private final MethodHandle[] accessors;
  private final MethodHandle constructor;

  @SuppressWarnings({"unchecked", "rawtypes"})
  RecordCodec(Class<?> recordClass, Type type, CodecFactory factory) {
    super(type);
    RecordComponent[] components = recordClass.getRecordComponents();
    Map<TypeVariable<?>, Type> bindings = Types.bindings(recordClass, type);
    names = new String[components.length];
    codecs = new Codec[components.length];
    for (int i = 0; i < components.length; i++) {
      names[i] = components[i].getName();
      Type componentType = Types.resolve(components[i].getGenericType(), bindings);
      codecs[i] = factory.nested(componentType, componentName(i));
    }
    MethodHandles.Lookup lookup = lookupFor(recordClass);
    accessors = new MethodHandle[components.length];
    Class<?>[] parameterTypes = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        accessors[i] = lookup.unreflect(components[i].getAccessor()).asType(ACCESSOR);
        parameterTypes[i] = components[i].getType();
      }
      constructor =
          lookup
              .findConstructor(recordClass, MethodType.methodType(void.class, parameterTypes))
              .asSpreader(Object[].class, components.length)
              .asType(CONSTRUCTOR);
    } catch (IllegalAccessException | NoSuchMethodException e) {
      throw new CodecException(
          "cannot persist values of record "
              + recordClass.getName()
              + ": its accessors and canonical constructor are not accessible;"
              + " make the record public, or open its package to this library's module",
          e);
    }
  }

  /**
   * A private lookup reaches records of any visibility in packages open to this module, which
   * includes everything on the class path; a public one still reaches public records in packages
   * that are exported but not open.
   */
  private static MethodHandles.Lookup lookupFor(Class<?> recordClass) {
    RecordCodec.class.getModule().addReads(recordClass.getModule());
    try {
      return MethodHandles.privateLookupIn(recordClass, MethodHandles.lookup());
    } catch (IllegalAccessException e) {
      return MethodHandles.publicLookup();
    }
  }

  @Override
  boolean isObject() {
    return true;
  }

  @Override
  Value encodeNonNull(Object record, GraphWriter graph) {
    Fields.Builder fields = Fields.newBuilder();
    for (int i = 0; i < names.length; i++) {
      Object component;
      try {
        component = (Object) accessors[i].invokeExact(record);
      } catch (Error e) {
        throw e;
      } catch (Throwable e) {
        throw new CodecException("the accessor of " + componentName(i) + " failed", e);
      }
      try {
        fields.putFields(names[i], codecs[i].encode(component, graph));
      } catch (CodecException e) {
        throw within(e, componentName(i));
      }
    }
    return Value.newBuilder().setRecordValue(fields).build();
  }

  @Override
  Object decodeSet(Value value, GraphReader graph) {
    if (value.getKindCase() != Value.KindCase.RECORD_VALUE) {
      throw wrongKind(value, Value.KindCase.RECORD_VALUE);
    }
    Map<String, Value> fields = value.getRecordValue().getFieldsMap();
    Object[] arguments = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      try {
        arguments[i] = codecs[i].decode(fields.getOrDefault(names[i], NULL), graph);
      } catch (CodecException e) {
        throw within(e, componentName(i));
      }
    }
    try {
      return (Object) constructor.invokeExact(arguments);
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      throw new CodecException(
          "the canonical constructor of " + typeName() + " rejected the decoded components", e);
    }
  }

  private String componentName(int index) {
    return "component " + names[index] + " of " + typeName();
  }
}
