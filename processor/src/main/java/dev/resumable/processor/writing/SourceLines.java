package dev.resumable.processor.writing;

import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a generated class's text for its line table: each {@code // File.java:N} comment says
 * that the lines after it run source line N. The table lists the generated lines where the source
 * line changes, as {@code generated:source} pairs; the runtime maps stack traces with it.
 */
final class SourceLines {

  private SourceLines() {}

  static String table(String generated, String sourceFile) {
    Pattern comment = Pattern.compile("^\\s*// " + Pattern.quote(sourceFile) + ":(\\d+)\\b.*$");
    StringJoiner table = new StringJoiner(",");
    String[] lines = generated.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = comment.matcher(lines[i]);
      if (m.matches()) {
        table.add((i + 2) + ":" + m.group(1)); // the line after the comment, 1-based
      }
    }
    return table.toString();
  }
}
