package dev.resumable.processor.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Constructs that generated code cannot express are rejected, never printed wrongly. Members it
 * cannot reach (private ones, protected ones of other packages) are validation's to reject, before
 * anything is written: see {@code AccessDiagnosticsTest}.
 */
class UnsupportedConstructTest {
  private static final String PARENT =
      """
      package sample;

      class Parent {
        int inherited = 1;
        public int greet() { return 1; }
      }

      interface Greeting {
        default int greet() { return 3; }
      }
      """;

  private static final String WORKFLOW_TEMPLATE =
      """
      package sample;

      import java.util.function.*;

      class Workflow extends Parent implements Greeting {
        class Inner { }

        @Override public int greet() { return 4; }

        @Copy
        Object copied() {
          %s
        }
      }
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "return super.greet();                        | super of the workflow class",
        "return super.inherited;                      | super of the workflow class",
        "IntSupplier s = super::greet; return s;      | super of the workflow class",
        "Supplier<Inner> s = Inner::new; return s;    | constructor reference to an inner class",
        "return Greeting.super.greet();               | super of the workflow class",
      })
  void workflowMembersThatGeneratedCodeCannotReach(String body, String problem) {
    assertRejected(problem, PARENT, WORKFLOW_TEMPLATE.formatted(body));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "return outerField;      | member of an instance enclosing the workflow class",
        "return outerMethod();   | member of an instance enclosing the workflow class",
        "return Outer.this;      | reference to an instance enclosing the workflow class",
      })
  void membersOfAnInstanceEnclosingTheWorkflowClass(String body, String problem) {
    String outer =
        """
        package sample;

        class Outer {
          int outerField = 1;
          int outerMethod() { return 2; }

          class Workflow {
            @Copy
            Object copied() {
              %s
            }
          }
        }
        """
            .formatted(body);
    assertRejected(problem, outer);
  }

  private static void assertRejected(String problem, String... sources) {
    CopyProcessor processor = new CopyProcessor();
    Compilation compilation = Copies.process(processor, sources);
    assertEquals(Compilation.Status.FAILURE, compilation.status());
    assertEquals(1, processor.unsupported.size(), () -> "rejections: " + processor.unsupported);
    String description = processor.unsupported.get(0).description();
    assertTrue(description.contains(problem), () -> description + " should mention " + problem);
  }
}
