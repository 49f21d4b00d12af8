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
    assertEquals("id is 513 characters long; at most 512 are allowed (1024 in the id the engine"
        + " gives a branch, <parent id>/<n>); nothing was changed", refused("x".repeat(513)));
    assertEquals("id \"a\\uDC00\" has an unpaired surrogate at index 1, which cannot be stored;"
        + " use well-formed text; nothing was changed", refused("a\uDC00"));
    assertEquals("id \"\\uD800b\" has an unpaired surrogate at index 0, which cannot be stored;"
        + " use well-formed text; nothing was changed", refused("\uD800b"));
    assertEquals("id \"a\\u000A\" has the control character U+000A at index 1; use printable"
        + " text; nothing was changed", refused("a\n"));
  }

  @Test
  void theIdsOfBranchesOfTheLongestIdAreIdsUpToTheirOwnLimit() {
    String longest = "x".repeat(InstanceIds.MAX_LENGTH);
    assertEquals(longest + "/1", InstanceIds.require(longest + "/1"));
    assertEquals(longest + "/12/3", InstanceIds.require(longest + "/12/3"));
    int levels = (InstanceIds.MAX_BRANCH_ID_LENGTH - InstanceIds.MAX_LENGTH) / 2;
    String deepest = longest + "/1".repeat(levels);
    assertEquals(InstanceIds.MAX_BRANCH_ID_LENGTH, deepest.length());
    assertEquals(deepest, InstanceIds.require(deepest));
    // The root of a branch id may end like a branch id itself: only the excess is taken apart.
    String slashed = "y/7".repeat(170) + "/9";
    assertEquals(slashed + "/4", InstanceIds.require(slashed + "/4"));
  }

  @Test
  void whatOnlyLooksLikeABranchOfTheLongestIdIsRefused() {
    String longest = "x".repeat(InstanceIds.MAX_LENGTH);
    String tooLong = "id is 515 characters long; at most 512 are allowed (1024 in the id the"
        + " engine gives a branch, <parent id>/<n>); nothing was changed";
    assertEquals(tooLong, refused(longest + "/01"));
    assertEquals(tooLong, refused(longest + "/-1"));
    assertEquals(tooLong, refused(longest + "/ab"));
    assertEquals(tooLong, refused(longest + "x/1"));
    assertEquals("id is 513 characters long; at most 512 are allowed (1024 in the id the engine"
        + " gives a branch, <parent id>/<n>); nothing was changed", refused(longest + "/"));
    String deepest = longest + "/1".repeat(256);
    assertEquals("id is 1026 characters long; at most 512 are allowed (1024 in the id the"
        + " engine gives a branch, <parent id>/<n>); nothing was changed",
        refused(deepest + "/1"));
    assertEquals("id \"\\u0007" + "x".repeat(74) + "...\" has the control character U+0007 at"
        + " index 0; use printable text; nothing was changed",
        refused("\u0007" + longest.substring(1) + "/1"));
  }

  private static String refused(String id) {
    return assertThrows(IllegalArgumentException.class, () -> InstanceIds.require(id))
        .getMessage();
  }
}
