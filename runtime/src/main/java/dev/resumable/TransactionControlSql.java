package dev.resumable;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds SQL that ends or restarts the transaction it runs in ({@code COMMIT}, {@code ROLLBACK},
 * {@code END}, {@code BEGIN}, {@code START TRANSACTION}, {@code SET AUTOCOMMIT}, PostgreSQL's
 * {@code ABORT}) in text a transactional step hands to its connection: the statement forms of
 * the calls {@link StepConnection} refuses. Each statement of a multi-statement text is looked
 * at, skipping comments, quoted text and {@code $$} bodies, so a literal that mentions {@code
 * commit} is not taken for one; in PostgreSQL's {@code E'...'} a backslash escapes a quote. A
 * {@code $tag$} body is read as plain text: at worst a loud refusal, never a missed one. {@code
 * ROLLBACK TO SAVEPOINT} stays inside the transaction and is allowed.
 */
final class TransactionControlSql {

  private TransactionControlSql() {}

  /** The first transaction-control statement of {@code sql}, as its leading words; or empty. */
  static Optional<String> find(String sql) {
    StringBuilder statement = new StringBuilder();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == ';') {
        Optional<String> found = control(statement.toString());
        if (found.isPresent()) {
          return found;
        }
        statement.setLength(0);
        i++;
      } else if (c == '-' && sql.startsWith("--", i)) {
        i = skipPast(sql, "\n", i + 2);
        statement.append(' ');
      } else if (c == '/' && sql.startsWith("/*", i)) {
        i = skipPast(sql, "*/", i + 2);
        statement.append(' ');
      } else if (c == '\'' && i > 0 && Character.toUpperCase(sql.charAt(i - 1)) == 'E') {
        i = skipEscapedString(sql, i + 1);
        statement.append(" x ");
      } else if (c == '\'' || c == '"') {
        i = skipPast(sql, String.valueOf(c), i + 1);
        statement.append(" x ");
      } else if (c == '$' && sql.startsWith("$$", i)) {
        i = skipPast(sql, "$$", i + 2);
        statement.append(" x ");
      } else {
        statement.append(c);
        i++;
      }
    }
    return control(statement.toString());
  }

  /** Past the end of PostgreSQL's {@code E'...'}, where a backslash escapes the next character. */
  private static int skipEscapedString(String sql, int from) {
    int i = from;
    while (i < sql.length() && sql.charAt(i) != '\'') {
      i += sql.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, sql.length());
  }

  private static int skipPast(String sql, String end, int from) {
    int at = sql.indexOf(end, from);
    return at < 0 ? sql.length() : at + end.length();
  }

  private static Optional<String> control(String statement) {
    String[] words = statement.trim().toUpperCase(Locale.ROOT).split("\\s+", 4);
    String first = words[0];
    String second = words.length > 1 ? words[1] : "";
    boolean ends = switch (first) {
      case "COMMIT", "END", "BEGIN", "ABORT" -> true;
      case "ROLLBACK" -> !toSavepoint(words);
      case "START" -> second.equals("TRANSACTION");
      case "SET" -> second.startsWith("AUTOCOMMIT");
      default -> false;
    };
    return ends ? Optional.of((first + " " + second).trim()) : Optional.empty();
  }

  /** {@code ROLLBACK [WORK | TRANSACTION] TO ...}: back to a savepoint, the transaction goes on. */
  private static boolean toSavepoint(String[] words) {
    int next = words.length > 1 && (words[1].equals("WORK") || words[1].equals("TRANSACTION"))
        ? 2 : 1;
    return words.length > next && words[next].equals("TO");
  }
}
