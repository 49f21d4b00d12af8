package dev.resumable.machine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalTypeChangesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "int | int",
      "java.util.List<java.lang.String> | java.util.List<java.lang.String>",
      "java.util.Map<java.lang.String, java.lang.Integer> | java.util.Map<java.lang.String,java.lang.Integer>",
      "int | long",
      "byte | int",
      "char | long",
      "float | double",
      "int | java.lang.Integer",
      "boolean | java.lang.Boolean",
      "java.util.ArrayList<java.lang.String> | java.util.List<java.lang.String>",
      "java.util.ArrayList<java.lang.String> | java.util.Collection<java.lang.String>",
      "java.util.List<java.lang.String> | java.util.Collection<java.lang.String>",
      "java.util.LinkedList<java.lang.Integer> | java.util.Deque<java.lang.Integer>",
      "java.util.TreeSet<java.lang.String> | java.util.SortedSet<java.lang.String>",
      "java.util.LinkedHashMap<java.lang.String,java.util.List<java.lang.Long>> | java.util.Map<java.lang.String,java.util.List<java.lang.Long>>",
      "java.util.TreeMap<java.lang.String,java.lang.Integer> | java.util.NavigableMap<java.lang.String,java.lang.Integer>",
  })
  void readable(String stored, String declared) {
    assertTrue(LocalTypeChanges.compatible(stored, declared));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "long | int",
      "int | double",
      "int | java.lang.Long",
      "java.lang.Integer | int",
      "int | java.lang.String",
      "java.lang.String | int",
      "java.util.List<java.lang.String> | java.util.ArrayList<java.lang.String>",
      "java.util.List<java.lang.String> | java.util.List<java.lang.Integer>",
      "java.util.ArrayList<java.util.ArrayList<java.lang.String>> | java.util.List<java.util.List<java.lang.String>>",
      "java.util.ArrayList<java.lang.String> | java.util.Set<java.lang.String>",
      "java.util.HashMap<java.lang.String,java.lang.Integer> | java.util.SortedMap<java.lang.String,java.lang.Integer>",
      "java.util.concurrent.ConcurrentHashMap<java.lang.String,java.lang.Integer> | java.util.Map<java.lang.String,java.lang.Integer>",
      "com.acme.Payment | com.acme.PaymentV2",
      "com.acme.util.ArrayList<java.lang.String> | java.util.List<java.lang.String>",
  })
  void refused(String stored, String declared) {
    assertFalse(LocalTypeChanges.compatible(stored, declared));
  }
}
