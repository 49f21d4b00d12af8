package dev.resumable.processor.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Constructs that generated code cannot express are rejected, never printed wrongly. */
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

  private static final String FOREIGN =
      """
      package sample.other;

      public class Foreign {
        protected int guarded() { return 2; }
        protected static int guardedStatic() { return 3; }
      }
      """;

  private static final String WORKFLOW_TEMPLATE =
      """
      package sample;

      import java.util.function.*;

      class Workflow extends Parent implements Greeting {
        private int secret = 1;
        private int hidden() { return 2; }
        private static class Hidden { }
        static class Guarded { private Guarded() { } }
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
        "return secret;                               | private field Workflow.secret",
        "return this.secret;                          | private field Workflow.secret",
        "return hidden();                             | private method Workflow.hidden",
        "IntSupplier s = this::hidden; return s;      | private method Workflow.hidden",
        "return new Hidden();                         | private class Workflow.Hidden",
        "return new Guarded();                        | private constructor Guarded.Guarded",
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
        "return guarded();                     | protected method Foreign.guarded",
        "return guardedStatic();               | protected method Foreign.guardedStatic",
        "return Foreign.guardedStatic();       | protected method Foreign.guardedStatic",
      })
  void protectedMembersOfAnotherPackage(String body, String problem) {
    String workflow =
        """
        package sample;

        import sample.other.Foreign;

        class Workflow extends Foreign {
          @Copy
          Object copied() {
            %s
          }
        }
        """
            .formatted(body);
    assertRejected(problem, FOREIGN, workflow);
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
