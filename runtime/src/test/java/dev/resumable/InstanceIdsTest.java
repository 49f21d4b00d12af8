package dev.resumable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What an id may be: text the store keeps exactly, of a bounded length. */
class InstanceIdsTest {

  @Test
  void wellFormedTextUpToTheLimitIsAnId() {
    assertEquals("order-42", InstanceIds.require("order-42"));
    assertEquals("ünïcödé/\uD83D\uDE00", InstanceIds.require("ünïcödé/\uD83D\uDE00"));
    String longest = "x".repeat(InstanceIds.MAX_LENGTH);
    assertEquals(longest, InstanceIds.require(longest));
  }

  @Test
  void eachKindOfBadIdIsNamed() {
    assertEquals("id must not be null; nothing was changed", refused(null));
    assertEquals("id must not be blank; nothing was changed", refused(" \t"));
    assertEquals("id is 513 characters long; at most 512 are allowed; nothing was changed",
        refused("x".repeat(513)));
    assertEquals("id \"a\\uDC00\" has an unpaired surrogate at index 1, which cannot be stored;"
        + " use well-formed text; nothing was changed", refused("a\uDC00"));
    assertEquals("id \"\\uD800b\" has an unpaired surrogate at index 0, which cannot be stored;"
        + " use well-formed text; nothing was changed", refused("\uD800b"));
    assertEquals("id \"a\\u000A\" has the control character U+000A at index 1; use printable"
        + " text; nothing was changed", refused("a\n"));
  }

  private static String refused(String id) {
    return assertThrows(IllegalArgumentException.class, () -> InstanceIds.require(id))
        .getMessage();
  }
}
