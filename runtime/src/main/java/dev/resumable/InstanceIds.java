package dev.resumable;

/**
 * What an instance id may be. Ids are chosen by the application and become the key of a stored
 * row, so the engine refuses, before it takes any lock or reads the store, every id that could
 * not be stored and read back exactly: {@code null}, blank, longer than {@value #MAX_LENGTH}
 * UTF-16 units, containing an unpaired surrogate (which the store would write as {@code ?}, so
 * that two ids became one) or a control character. Event names, event ids and correlation keys
 * follow the same rules.
 *
 * <p>The ids the engine gives branches are longer: {@code <parent id>/<n>}, one {@code /<n>} per
 * level of branches started by branches. Every call that takes an id takes those too, up to
 * {@value #MAX_BRANCH_ID_LENGTH} units in all, so the branch of an id of the maximum length is
 * as addressable as its parent; a step that would start a branch with a longer id is refused
 * before it commits.
 */
public final class InstanceIds {

  /** The longest id, event name, event id or key, in UTF-16 units ({@link String#length()}). */
  public static final int MAX_LENGTH = 512;

  /**
   * The longest id of a branch: an id of at most {@link #MAX_LENGTH}, then {@code /<n>} for each
   * level of branches, at least 256 levels of them (or 100 levels of the thousandth branch).
   */
  public static final int MAX_BRANCH_ID_LENGTH = 2 * MAX_LENGTH;

  private InstanceIds() {}

  /**
   * Returns {@code id} if it is a valid instance id (one an application chooses, or one the
   * engine gave a branch), or else throws {@link IllegalArgumentException} saying what is wrong.
   */
  public static String require(String id) {
    String problem = idProblem(id);
    if (problem != null) {
      throw new IllegalArgumentException("id " + problem + "; nothing was changed");
    }
    return id;
  }

  /** The same rules for another text argument, named {@code parameter} in the message. */
  static String requireText(String value, String parameter) {
    String problem = problemWith(value);
    if (problem != null) {
      throw new IllegalArgumentException(parameter + " " + problem + "; nothing was changed");
    }
    return value;
  }

  /** What makes {@code id} unusable as an instance id or a branch's id, or null if it is fine. */
  static String idProblem(String id) {
    if (id != null && id.length() > MAX_LENGTH && isBranchId(id)) {
      return problemWith(rootOf(id)); // what follows the root is digits and slashes
    }
    String problem = problemWith(id);
    return problem != null && id != null && id.length() > MAX_LENGTH
        ? problem + " (" + MAX_BRANCH_ID_LENGTH + " in the id the engine gives a branch,"
            + " <parent id>/<n>)"
        : problem;
  }

  /**
   * Whether {@code id}, too long for an application's id, is one the engine may give a branch: at
   * most {@link #MAX_BRANCH_ID_LENGTH} units, of which all beyond the first {@link #MAX_LENGTH}
   * are {@code /<n>} levels.
   */
  private static boolean isBranchId(String id) {
    return id.length() <= MAX_BRANCH_ID_LENGTH && rootOf(id) != null;
  }

  /** {@code id} without enough of its last {@code /<n>} levels to be short enough; or null. */
  private static String rootOf(String id) {
    String root = id;
    while (root.length() > MAX_LENGTH) {
      int slash = root.lastIndexOf('/');
      if (slash < 0 || !isBranchNumber(root, slash + 1)) {
        return null;
      }
      root = root.substring(0, slash);
    }
    return root;
  }

  /** Whether {@code text} from {@code start} to its end is a number {@code n >= 1} as written. */
  private static boolean isBranchNumber(String text, int start) {
    if (start >= text.length() || text.charAt(start) == '0') {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
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
    return characterProblem(value);
  }

  /** An unpaired surrogate or a control character in {@code value}; null if it has none. */
  private static String characterProblem(String value) {
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
