package dev.resumable.processor.schema;

import java.util.Map;
import java.util.Set;

/**
 * Whether a local stored under one declared type can be read under another: the rules the
 * runtime applies when it continues a stored frame ({@code dev.resumable.machine.LocalTypeChanges},
 * which the processor does not depend on), applied at build time to the committed schema. The
 * end-to-end suite checks that both give the same answers.
 */
public final class TypeCompatibility {

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

  private TypeCompatibility() {}

  public static boolean compatible(String stored, String declared) {
    String from = stored.replace(" ", "");
    String to = declared.replace(" ", "");
    if (from.equals(to) || WIDER_PRIMITIVES.getOrDefault(from, Set.of()).contains(to)
        || to.equals(BOXES.get(from))) {
      return true;
    }
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
