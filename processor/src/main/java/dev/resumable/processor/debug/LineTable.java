package dev.resumable.processor.debug;

/**
 * The generated class's table of source lines ({@code generated:source} pairs where the source
 * line changes, as the writer records it in the class's {@code SourceLines.TABLE}), read back.
 */
final class LineTable {

  private final int[] generated;
  private final int[] source;

  private LineTable(int[] generated, int[] source) {
    this.generated = generated;
    this.source = source;
  }

  static LineTable parse(String table) {
    String[] pairs = table.isEmpty() ? new String[0] : table.split(",");
    int[] generated = new int[pairs.length];
    int[] source = new int[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      int colon = pairs[i].indexOf(':');
      generated[i] = Integer.parseInt(pairs[i].substring(0, colon));
      source[i] = Integer.parseInt(pairs[i].substring(colon + 1));
    }
    return new LineTable(generated, source);
  }

  /** The source line that a generated line runs; 0 before the first one the table names. */
  int sourceLineAt(int generatedLine) {
    int found = 0;
    for (int i = 0; i < generated.length && generated[i] <= generatedLine; i++) {
      found = source[i];
    }
    return found;
  }
}
