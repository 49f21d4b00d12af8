package dev.resumable.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.processor.schema.TypeCompatibility;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build's schema check and the runtime's restore judge a change of a local's type by the same
 * rules: what the build lets through, a resume continues, and what it refuses, a resume refuses.
 */
class TypeRulesAgreeTest {

  private static final List<String> TYPES = List.of(
      "boolean", "byte", "short", "char", "int", "long", "float", "double",
      "java.lang.Boolean", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
      "java.lang.String", "java.util.UUID", "com.acme.Payment",
      "java.util.Collection<java.lang.String>", "java.util.List<java.lang.String>",
      "java.util.ArrayList<java.lang.String>", "java.util.LinkedList<java.lang.String>",
      "java.util.Set<java.lang.String>", "java.util.SortedSet<java.lang.String>",
      "java.util.TreeSet<java.lang.String>", "java.util.HashSet<java.lang.String>",
      "java.util.LinkedHashSet<java.lang.String>", "java.util.Deque<java.lang.String>",
      "java.util.Queue<java.lang.String>", "java.util.ArrayDeque<java.lang.String>",
      "java.util.List<java.lang.Integer>", "java.util.Map<java.lang.String,java.lang.Integer>",
      "java.util.HashMap<java.lang.String,java.lang.Integer>",
      "java.util.TreeMap<java.lang.String,java.lang.Integer>",
      "java.util.SortedMap<java.lang.String,java.lang.Integer>",
      "java.util.concurrent.ConcurrentHashMap<java.lang.String,java.lang.Integer>");

  @Test
  void everyPairOfTypesIsJudgedAlikeAtBuildTimeAndAtRestore() {
    int compatible = 0;
    for (String stored : TYPES) {
      for (String declared : TYPES) {
        boolean atRestore = LocalTypeChanges.compatible(stored, declared);
        assertEquals(atRestore, TypeCompatibility.compatible(stored, declared),
            stored + " -> " + declared);
        compatible += atRestore ? 1 : 0;
      }
    }
    // Not vacuous: some pairs are compatible beyond identity, most are not.
    assertEquals(true, compatible > TYPES.size() && compatible < TYPES.size() * TYPES.size() / 4,
        "compatible pairs: " + compatible);
  }
}
