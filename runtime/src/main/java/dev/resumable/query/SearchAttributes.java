package dev.resumable.query;

import java.util.regex.Pattern;

/** The rule for search attribute names, checked where workflows set them and queries name them. */
public final class SearchAttributes {

  /** Letters, digits, {@code _ . -}; starting with a letter; at most 100 characters. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");

  private SearchAttributes() {}

  /** Returns {@code name}, or throws an {@link IllegalArgumentException} saying what is wrong. */
  public static String requireName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("search attribute name " + (name == null ? "null"
          : "\"" + name + "\"") + " is not valid: a name starts with a letter and has up to 100"
          + " letters, digits, '_', '.' or '-'");
    }
    return name;
  }
}
