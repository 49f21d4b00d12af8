package dev.resumable.codec;

import java.lang.reflect.Type;
import java.util.Objects;

/**
 * The codec of each static type. A value is encoded by the type it is declared with, so the encoded
 * form never names a class, and decoding creates only classes that the declared type names or
 * that a closed list of this library names (the collection and map kinds below).
 *
 * <table>
 *   <caption>Declared types and their persisted form</caption>
 *   <tr><th>Declared type</th><th>Persisted as</th><th>Decoded as</th></tr>
 *   <tr><td>boolean, Boolean</td><td>bool_value</td><td></td></tr>
 *   <tr><td>byte, short, char, int, long and boxes</td><td>int_value (a char as its code)</td>
 *       <td>out-of-range values are rejected</td></tr>
 *   <tr><td>float, double and boxes</td><td>double_value</td>
 *       <td>a float decodes only from a double that equals a float</td></tr>
 *   <tr><td>String; BigDecimal, BigInteger, UUID; java.time values and zones</td>
 *       <td>string_value, their {@code toString()} form</td><td>an equal value, same scale</td></tr>
 *   <tr><td>enums</td><td>enum_value, the constant's name</td><td></td></tr>
 *   <tr><td>byte[]</td><td>bytes_value</td><td></td></tr>
 *   <tr><td>protobuf messages</td><td>bytes_value</td><td>with the class's {@code parser()}</td></tr>
 *   <tr><td>other arrays</td><td>list_value</td><td></td></tr>
 *   <tr><td>Collection, List, Set, SortedSet, NavigableSet, Queue, Deque and the classes below
 *       </td><td>list_value with its CollectionKind and Order</td><td>the same class:
 *       ArrayList, LinkedList, ArrayDeque, HashSet, LinkedHashSet, TreeSet, EnumSet, List.of,
 *       Set.of, Collections.unmodifiable*, Collections.empty*, Arrays.asList</td></tr>
 *   <tr><td>Map, SortedMap, NavigableMap and the classes below</td>
 *       <td>map_value with its MapKind and Order</td><td>the same class: HashMap, LinkedHashMap
 *       (also in access order), TreeMap, EnumMap, Map.of, Collections.unmodifiable*,
 *       Collections.emptyMap</td></tr>
 *   <tr><td>Optional</td><td>list_value of zero or one item</td><td></td></tr>
 *   <tr><td>records, also generic ones</td><td>record_value, component by name</td>
 *       <td>through the canonical constructor</td></tr>
 *   <tr><td>other classes that {@link StoredWith} (on the class or its package) gives an
 *       {@link ObjectCodec}</td><td>bytes_value, the codec's bytes</td><td>by the codec, asked for
 *       the declared class</td></tr>
 * </table>
 *
 * <p>A sorted collection or map keeps natural order or {@code Comparator.reverseOrder()}; any other
 * comparator, a collection class not listed (a subclass included) and an EnumSet or EnumMap whose
 * declared element type is not the enum are refused when encoding, with the fix in the message.
 * Collections, maps, arrays, records, exceptions and values of a {@link StoredWith} codec are
 * objects: through a {@link GraphWriter}
 * each is stored once and every reference to it is a reference, so sharing and cycles survive
 * (see there for the cycles that cannot). {@code null} is a value with no kind set, anywhere a
 * reference may be; where a primitive is declared, such a value decodes as zero or false. A record
 * component that the data lacks decodes as if its value were unset, and data for components the
 * record no longer has is ignored. Non-public records work when their package is open to this
 * library (anything on the class path is). Values stored before kinds were kept decode to the
 * class their declared type chose then: ArrayList, LinkedHashSet, TreeSet, LinkedHashMap, TreeMap.
 *
 * <p>Any other type, such as Object, an interface, an abstract or non-record class, a raw generic
 * type, a wildcard or a type variable, has no codec: asking for one throws {@link CodecException}
 * naming the type. Codecs are built once per type and are safe for use from several threads.
 */
public final class Codecs {

  private static final CodecFactory FACTORY = new CodecFactory();

  private Codecs() {}

  /**
   * The codec of a non-generic type. A primitive type's codec works on its box and decodes an unset
   * value as zero or false.
   */
  @SuppressWarnings("unchecked")
  public static <T> Codec<T> of(Class<T> type) {
    return (Codec<T>) FACTORY.get(type);
  }

  /** The codec of a possibly generic type, such as {@code new TypeRef<List<String>>() {}}. */
  @SuppressWarnings("unchecked")
  public static <T> Codec<T> of(TypeRef<T> type) {
    return (Codec<T>) FACTORY.get(Objects.requireNonNull(type, "type").type());
  }

  /** The codec of a type known only at run time, as when reading a method's signature. */
  public static Codec<Object> forType(Type type) {
    return FACTORY.get(type);
  }
}
