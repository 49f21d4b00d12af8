package dev.resumable.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Values in failure messages read as a test author wrote them. */
class InstanceReportTest {

  @Test
  void stringsAreQuotedAndArraysShowTheirElements() {
    assertEquals("\"ann\"", InstanceReport.describe("ann"));
    assertEquals("[1, 2]", InstanceReport.describe(new int[] {1, 2}));
    assertEquals("[a, [b]]", InstanceReport.describe(new Object[] {"a", new String[] {"b"}}));
    assertEquals("[x]", InstanceReport.describe(List.of("x")));
    assertEquals("null", InstanceReport.describe(null));
  }
}
