package dev.resumable.readme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the README's marked snippets and puts them together into the files of a project. The
 * marks are HTML comments, which the rendered README does not show.
 */
final class ReadmeSnippets {

  private static final Pattern MARK =
      Pattern.compile("<!-- file: ([^,>\\s]+)(?:, in <([\\w.-]+)>)? -->");
  private static final Pattern FENCE = Pattern.compile("```(\\w*)");

  private final List<String> lines;

  ReadmeSnippets(String markdown) {
    this.lines = List.of(markdown.split("\n", -1));
  }

  /** Every marked snippet, in the order of the README. */
  List<Snippet> snippets() {
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher mark = MARK.matcher(lines.get(i).strip());
      if (!mark.matches()) {
        continue;
      }
      if (i + 1 >= lines.size() || !FENCE.matcher(lines.get(i + 1).strip()).matches()) {
        throw new IllegalArgumentException("README line " + (i + 1) + ": the mark "
            + lines.get(i).strip() + " must stand right above a fenced block");
      }
      int end = closingFence(i + 1);
      snippets.add(new Snippet(mark.group(1), mark.group(2),
          String.join("\n", lines.subList(i + 2, end)) + "\n", i + 1));
      i = end;
    }
    return snippets;
  }

  /**
   * The fenced Java and XML blocks of a section (from its {@code ## title} to the next heading
   * of that level) that carry no mark: snippets a reader copies that nothing would check.
   */
  List<Integer> unmarkedCodeIn(String sectionTitle) {
    int start = lines.indexOf("## " + sectionTitle);
    if (start < 0) {
      throw new IllegalArgumentException("README has no section \"## " + sectionTitle + "\"");
    }
    List<Integer> unmarked = new ArrayList<>();
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      Matcher fence = FENCE.matcher(lines.get(i).strip());
      if (!fence.matches()) {
        continue;
      }
      String language = fence.group(1);
      boolean marked = MARK.matcher(lines.get(i - 1).strip()).matches();
      if ((language.equals("java") || language.equals("xml")) && !marked) {
        unmarked.add(i + 1);
      }
      i = closingFence(i);
    }
    return unmarked;
  }

  /** The project's files: whole-file snippets, with the element snippets put in place. */
  static Map<String, String> files(List<Snippet> snippets) {
    Map<String, String> files = new LinkedHashMap<>();
    for (Snippet s : snippets) {
      if (s.isWholeFile() && files.put(s.path(), s.text()) != null) {
        throw new IllegalArgumentException("README line " + s.line() + ": a second snippet for "
            + s.path());
      }
    }
    for (Snippet s : snippets) {
      if (s.isWholeFile()) {
        continue;
      }
      String file = files.get(s.path());
      String closing = "</" + s.element() + ">";
      int at = file == null ? -1 : file.indexOf(closing);
      if (at < 0) {
        throw new IllegalArgumentException("README line " + s.line() + ": no " + closing
            + " in a snippet for " + s.path() + " to put this snippet into");
      }
      String indented = s.text().indent(2 + indentOf(file, at));
      files.put(s.path(), file.substring(0, lineStart(file, at)) + indented
          + file.substring(lineStart(file, at)));
    }
    return files;
  }

  private int closingFence(int opening) {
    for (int j = opening + 1; j < lines.size(); j++) {
      if (lines.get(j).strip().equals("```")) {
        return j;
      }
    }
    throw new IllegalArgumentException("README line " + (opening + 1) + ": a fenced block that "
        + "never closes");
  }

  private static int lineStart(String text, int at) {
    return text.lastIndexOf('\n', at) + 1;
  }

  private static int indentOf(String text, int at) {
    return at - lineStart(text, at);
  }
}
