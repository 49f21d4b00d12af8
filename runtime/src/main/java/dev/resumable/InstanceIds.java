package dev.resumable;

/**
 * What an instance id may be. Ids are chosen by the application and become the key of a stored
 * row, so the engine refuses, before it takes any lock or reads the store, every id that could
 * not be stored and read back exactly: {@code null}, blank, longer than {@value #MAX_LENGTH}
 * UTF-16 units, containing an unpaired surrogate (which the store would write as {@code ?}, so
 * that two ids became one) or a control character. Event names, event ids and correlation keys
 * follow the same rules.
 */
public final class InstanceIds {

  /** The longest id, event name, event id or key, in UTF-16 units ({@link String#length()}). */
  public static final int MAX_LENGTH = 512;

  private InstanceIds() {}

  /**
   * Returns {@code id} if it is a valid instance id, or else throws {@link
   * IllegalArgumentException} saying what is wrong with it.
   */
  public static String require(String id) {
    return requireText(id, "id");
  }

  /** The same rules for another text argument, named {@code parameter} in the message. */
  static String requireText(String value, String parameter) {
    String problem = problemWith(value);
    if (problem != null) {
      throw new IllegalArgumentException(parameter + " " + problem + "; nothing was changed");
    }
    return value;
  }

  /** What makes {@code value} unusable as an id, or null if it is fine. */
  static String problemWith(String value) {
    if (value == null) {
      return "must not be null";
    }
    if (value.isBlank()) {
      return "must not be blank";
    }
    if (value.length() > MAX_LENGTH) {
      return "is " + value.length() + " characters long; at most " + MAX_LENGTH + " are allowed";
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "\"" + printable(value) + "\" has an unpaired surrogate at index " + i
            + ", which cannot be stored; use well-formed text";
      } else if (Character.isISOControl(c)) {
        return "\"" + printable(value) + "\" has the control character U+"
            + String.format("%04X", (int) c) + " at index " + i + "; use printable text";
      }
    }
    return null;
  }

  /** {@code value} with what cannot be printed shown as escapes, shortened for a message. */
  private static String printable(String value) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < value.length() && text.length() < 80; i++) {
      char c = value.charAt(i);
      text.append(Character.isSurrogate(c) || Character.isISOControl(c)
          ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return value.length() > 80 ? text + "..." : text.toString();
  }
}
