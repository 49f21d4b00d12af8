package dev.resumable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Stable ids of suspension points: a label on the waiting statement is its id, and the build
 * warns at each wait whose id a wait inserted before it would shift.
 */
class PointIdsTest {

  private static final JavaFileObject LABELLED = Sources.flow("""
        @Resumable int run(java.time.Duration delay) {
          int first;
          counted: first = Await.event("n", Integer.class);
          reminder: Await.sleep(delay);
          done: return first + Await.event("n", Integer.class);
        }
      """);

  @Test
  void aLabelOnTheWaitingStatementIsThePointsId() {
    Compilation compilation = Sources.compile(LABELLED);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Flow_run").contentsAsUtf8String()
        .containsMatch("\\.event\\(\"counted\", 1, \\d+, \"n\"");
    assertThat(compilation).generatedSourceFile("test.Flow_run").contentsAsUtf8String()
        .containsMatch("\\.timer\\(\"reminder\", ");
    assertThat(compilation).generatedSourceFile("test.Flow_run").contentsAsUtf8String()
        .containsMatch("\\.event\\(\"done\", \\d+, \\d+, \"n\"");
  }

  @Test
  void aLabelOnALoopAroundTheWaitIsNotItsId() {
    JavaFileObject flow = Sources.flow("""
          @Resumable int run() {
            int total = 0;
            outer: for (int i = 0; i < 3; i++) {
              total += Await.event("n", Integer.class);
            }
            return total;
          }
        """);
    Compilation compilation = Sources.compile(flow);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Flow_run").contentsAsUtf8String()
        .contains("\"event:n\",");
  }

  @Test
  void aRepeatedEventNameWarnsAtTheRepeatNamingTheFix() {
    JavaFileObject flow = Sources.flow("""
          @Resumable int run() {
            int x = Await.event("n", Integer.class);
            int y = Await.event("n", Integer.class) /* second */;
            return x + y;
          }
        """);
    Compilation compilation = Sources.compile(flow);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[Resumable.PositionalPointId] this wait's stable"
        + " id, event:n#2, counts the waits of its kind before it").inFile(flow)
        .onLineContaining("second");
    assertThat(compilation).hadWarningContaining("label the statement").inFile(flow)
        .onLineContaining("second");
  }

  @Test
  void timersFirstOfAndAllOfWarnUnlessLabelled() {
    JavaFileObject flow = Sources.flow("""
          @Resumable void run(java.time.Duration delay) {
            Await.sleep(delay); // unlabelled
            Await.first(dev.resumable.Wait.event("a", String.class),
                dev.resumable.Wait.timeout(delay));
            Await.all(dev.resumable.Wait.event("b", String.class));
            later: Await.sleep(delay);
          }
        """);
    Compilation compilation = Sources.compile(flow);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(3);
    assertThat(compilation).hadWarningContaining("timer:sleep,").inFile(flow)
        .onLineContaining("unlabelled");
    assertThat(compilation).hadWarningContaining("id, first,").inFile(flow)
        .onLineContaining("Await.first");
    assertThat(compilation).hadWarningContaining("id, all,").inFile(flow)
        .onLineContaining("Await.all");
  }
}
