package dev.resumable.machine;

import java.util.Map;
import java.util.Set;

/**
 * Whether a local stored under one declared type can be read back under another, as a later build
 * declares it. Judged on the types' text alone, so that no class named by stored data is ever
 * loaded; the new type's codec then decodes the value, and refuses what it cannot read exactly.
 *
 * <p>The rules are Java's assignment conversions, narrowed to what the stored form carries over:
 * <ul>
 *   <li>the same type;
 *   <li>a wider primitive that is stored the same way: {@code byte}, {@code short}, {@code char}
 *       and {@code int} into a wider integral type, {@code float} into {@code double} (not an
 *       integral type into a floating one, which is stored differently);
 *   <li>a primitive into its box ({@code int} into {@code Integer}; not back, since a box may
 *       have been null);
 *   <li>a collection or map of {@code java.util} into an interface or class it implements or
 *       extends, with the same type arguments ({@code ArrayList<String>} into {@code
 *       List<String>} or {@code Collection<String>}, {@code TreeMap<K,V>} into {@code
 *       SortedMap<K,V>}): the stored value keeps its concrete class, which comes back as it was.
 * </ul>
 * Anything else, a narrower type, changed type arguments, or a user type for another, needs a
 * migration.
 */
final class LocalTypeChanges {

  private static final Map<String, Set<String>> WIDER_PRIMITIVES = Map.of(
      "byte", Set.of("short", "int", "long"),
      "short", Set.of("int", "long"),
      "char", Set.of("int", "long"),
      "int", Set.of("long"),
      "float", Set.of("double"));

  private static final Map<String, String> BOXES = Map.of(
      "boolean", "java.lang.Boolean", "byte", "java.lang.Byte", "short", "java.lang.Short",
      "char", "java.lang.Character", "int", "java.lang.Integer", "long", "java.lang.Long",
      "float", "java.lang.Float", "double", "java.lang.Double");

  /** For each collection or map type of java.util, the types of java.util it can be read as. */
  private static final Map<String, Set<String>> SUPERTYPES = Map.ofEntries(
      Map.entry("List", Set.of("Collection")),
      Map.entry("Set", Set.of("Collection")),
      Map.entry("Queue", Set.of("Collection")),
      Map.entry("Deque", Set.of("Queue", "Collection")),
      Map.entry("SortedSet", Set.of("Set", "Collection")),
      Map.entry("NavigableSet", Set.of("SortedSet", "Set", "Collection")),
      Map.entry("ArrayList", Set.of("List", "Collection")),
      Map.entry("LinkedList", Set.of("List", "Deque", "Queue", "Collection")),
      Map.entry("ArrayDeque", Set.of("Deque", "Queue", "Collection")),
      Map.entry("HashSet", Set.of("Set", "Collection")),
      Map.entry("LinkedHashSet", Set.of("HashSet", "Set", "Collection")),
      Map.entry("TreeSet", Set.of("NavigableSet", "SortedSet", "Set", "Collection")),
      Map.entry("EnumSet", Set.of("Set", "Collection")),
      Map.entry("SortedMap", Set.of("Map")),
      Map.entry("NavigableMap", Set.of("SortedMap", "Map")),
      Map.entry("HashMap", Set.of("Map")),
      Map.entry("LinkedHashMap", Set.of("HashMap", "Map")),
      Map.entry("TreeMap", Set.of("NavigableMap", "SortedMap", "Map")),
      Map.entry("EnumMap", Set.of("Map")));

  private static final String UTIL = "java.util.";

  private LocalTypeChanges() {}

  /** Whether a value stored as {@code stored} can be read as {@code declared}. */
  static boolean compatible(String stored, String declared) {
    String from = stored.replace(" ", "");
    String to = declared.replace(" ", "");
    if (from.equals(to)) {
      return true;
    }
    if (WIDER_PRIMITIVES.getOrDefault(from, Set.of()).contains(to)) {
      return true;
    }
    if (to.equals(BOXES.get(from))) {
      return true;
    }
    return widerCollection(from, to);
  }

  private static boolean widerCollection(String from, String to) {
    int fromArgs = from.indexOf('<');
    int toArgs = to.indexOf('<');
    String fromRaw = fromArgs < 0 ? from : from.substring(0, fromArgs);
    String toRaw = toArgs < 0 ? to : to.substring(0, toArgs);
    if (!fromRaw.startsWith(UTIL) || !toRaw.startsWith(UTIL)
        || !from.substring(fromRaw.length()).equals(to.substring(toRaw.length()))) {
      return false;
    }
    Set<String> wider = SUPERTYPES.get(fromRaw.substring(UTIL.length()));
    return wider != null && wider.contains(toRaw.substring(UTIL.length()));
  }
}
