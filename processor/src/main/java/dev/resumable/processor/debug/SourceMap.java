package dev.resumable.processor.debug;

import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * A JSR-45 source map ({@code SourceDebugExtension}) for a generated state machine: in its
 * default stratum, {@value #STRATUM}, each line of {@code run} that runs code of the workflow's
 * source is that source line, and every other line of the class is the generated file's own. A
 * debugger then finds the class for a breakpoint in the workflow's file and shows the workflow's
 * lines in its frames, while stack traces, which read the class's own line table, are unchanged.
 */
final class SourceMap {

  static final String STRATUM = "Resumable";

  private static final int SOURCE = 1;
  private static final int GENERATED = 2;

  private final FrameSource frame;
  private final SortedMap<Integer, Integer> sourceLineByGeneratedLine = new TreeMap<>();
  private final SortedSet<Integer> generatedLines = new java.util.TreeSet<>();

  SourceMap(FrameSource frame) {
    this.frame = frame;
  }

  /** A line of {@code run} that runs the given source line, or none if 0. */
  SourceMap runLine(int generatedLine, int sourceLine) {
    if (sourceLine > 0) {
      sourceLineByGeneratedLine.put(generatedLine, sourceLine);
    } else {
      generatedLines.add(generatedLine);
    }
    return this;
  }

  /** A line of the class that is the generated file's own. */
  SourceMap generatedLine(int generatedLine) {
    if (!sourceLineByGeneratedLine.containsKey(generatedLine)) {
      generatedLines.add(generatedLine);
    }
    return this;
  }

  boolean mapsAnySourceLine() {
    return !sourceLineByGeneratedLine.isEmpty();
  }

  /** The text of the attribute, in the format of JSR-45 section 3. */
  String text() {
    StringBuilder smap = new StringBuilder()
        .append("SMAP\n").append(frame.generatedFile()).append('\n').append(STRATUM).append('\n')
        .append("*S ").append(STRATUM).append('\n')
        .append("*F\n")
        .append("+ ").append(SOURCE).append(' ').append(frame.sourceFile()).append('\n')
        .append(frame.sourcePath()).append('\n')
        .append("+ ").append(GENERATED).append(' ').append(frame.generatedFile()).append('\n')
        .append(frame.generatedPath()).append('\n')
        .append("*L\n");
    sourceLineByGeneratedLine.forEach((generated, source) ->
        smap.append(source).append('#').append(SOURCE).append(':').append(generated).append('\n'));
    generatedLines.stream().filter(g -> !sourceLineByGeneratedLine.containsKey(g)).forEach(g ->
        smap.append(g).append('#').append(GENERATED).append(':').append(g).append('\n'));
    return smap.append("*E\n").toString();
  }
}
