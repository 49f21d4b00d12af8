package dev.resumable.it.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a step's JVM tells the test about each case, one line each on its standard output, so
 * that nothing but text crosses between the JVMs.
 */
record Report(String suite, String caseName, int step, Kind kind, String text) {

  enum Kind {
    /** The instance waits; the text is what for. */
    WAITING,
    /** The step returned the workflow's end; the text is the rendered result or exception. */
    ENDED,
    /** The same end, read back from the store; for an exception only its class and message. */
    STORED,
    /** The step threw; the text is the stack trace. */
    ERROR
  }

  private static final String MARK = "@@differential\t";

  String line() {
    return MARK + suite + '\t' + caseName + '\t' + step + '\t' + kind + '\t' + escape(text);
  }

  /** The reports in {@code output}, by suite, in the order they were printed. */
  static Map<String, List<Report>> parse(String output) {
    Map<String, List<Report>> bySuite = new LinkedHashMap<>();
    for (String line : output.split("\n")) {
      if (line.startsWith(MARK)) {
        String[] parts = line.substring(MARK.length()).split("\t", 5);
        Report report = new Report(parts[0], parts[1], Integer.parseInt(parts[2]),
            Kind.valueOf(parts[3]), unescape(parts[4]));
        bySuite.computeIfAbsent(report.suite(), name -> new ArrayList<>()).add(report);
      }
    }
    return bySuite;
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")
        .replace("\t", "\\t");
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(switch (next) {
          case 'n' -> '\n';
          case 'r' -> '\r';
          case 't' -> '\t';
          default -> next;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
