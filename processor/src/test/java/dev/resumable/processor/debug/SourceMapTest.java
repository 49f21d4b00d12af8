package dev.resumable.processor.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SourceMapTest {

  private static final FrameSource FRAME = FrameSource.of("com.acme", "Flows.java", "Flows_pay");

  @Test
  void runsLinesMapToTheSourceAndEveryOtherLineToTheGeneratedFile() {
    LineTable table = LineTable.parse("20:7,23:8");
    SourceMap map = new SourceMap(FRAME);
    for (int line : new int[] {18, 20, 21, 23}) {
      map.runLine(line, table.sourceLineAt(line));
    }
    map.generatedLine(40);

    assertEquals("""
        SMAP
        Flows_pay.java
        Resumable
        *S Resumable
        *F
        + 1 Flows.java
        com/acme/Flows.java
        + 2 Flows_pay.java
        com/acme/Flows_pay.java
        *L
        7#1:20
        7#1:21
        8#1:23
        18#2:18
        40#2:40
        *E
        """, map.text());
  }

  @Test
  void aClassWhoseRunMapsNoSourceLineNeedsNoMap() {
    SourceMap map = new SourceMap(FRAME).runLine(18, 0).generatedLine(40);
    assertFalse(map.mapsAnySourceLine());
  }
}
