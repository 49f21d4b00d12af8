package dev.resumable.it.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The rendering tells apart what {@code equals} does not: sharing, runtime classes, order. */
class RenderingTest {

  @Test
  void oneListTwiceDiffersFromTwoEqualLists() {
    List<Integer> shared = new ArrayList<>(List.of(1));
    String sharedTwice = Rendering.of(List.of(shared, shared));
    String twoCopies = Rendering.of(List.of(new ArrayList<>(shared), new ArrayList<>(shared)));
    assertNotEquals(twoCopies, sharedTwice);
    assertEquals("java.util.ImmutableCollections$List12[#1 java.util.ArrayList[Integer 1], @1]",
        sharedTwice);
  }

  @Test
  void equalSetsOfOtherClassesOrOrdersDiffer() {
    LinkedHashSet<String> linked = new LinkedHashSet<>(List.of("b", "a"));
    TreeSet<String> sorted = new TreeSet<>(linked);
    assertEquals(linked, sorted);
    assertEquals("java.util.LinkedHashSet[\"b\", \"a\"]", Rendering.of(linked));
    assertEquals("java.util.TreeSet[\"a\", \"b\"]", Rendering.of(sorted));
  }

  @Test
  void aCycleEndsInAReference() {
    List<Object> self = new ArrayList<>();
    self.add(self);
    assertEquals("#1 java.util.ArrayList[@1]", Rendering.of(self));
  }

  @Test
  void anExceptionShowsItsCauseAndSuppressed() {
    IllegalStateException thrown = new IllegalStateException("outer",
        new IllegalArgumentException("inner"));
    thrown.addSuppressed(new ArithmeticException("later"));
    assertEquals("threw java.lang.IllegalStateException(\"outer\", cause"
        + " java.lang.IllegalArgumentException(\"inner\"), suppressed"
        + " java.lang.ArithmeticException(\"later\"))", Rendering.ofThrown(thrown));
  }
}
