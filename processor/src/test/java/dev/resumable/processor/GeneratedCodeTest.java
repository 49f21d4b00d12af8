package dev.resumable.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The generated classes compile cleanly and read like what they came from. */
class GeneratedCodeTest {

  private static final String CONSTRUCTS = """
        int field = 1;
        static int counter;
        @Resumable public int everything(int n, List<String> names) {
          int total = 0;
          var seen = new ArrayList<String>();
          for (int i = 0, j = n; i < n; i++, j--) {
            int x = Await.event("x", Integer.class);
            total += x * j + field;
          }
          for (String name : names) {
            String reply = Await.event("reply", String.class);
            seen.add(name + reply);
          }
          int k = 0;
          do {
            k = Await.event("k", Integer.class);
          } while (k > 0);
          outer:
          while (true) {
            for (int c = 0; c < 3; c++) {
              String cell = Await.event("cell", String.class);
              if (cell.isEmpty()) continue outer;
              if (cell.equals("end")) break outer;
            }
          }
          if (total > 10) {
            helper(total);
          } else if (total < 0) {
            return -1;
          } else {
            total = Await.event("fix", Integer.class);
          }
          counter++;
          String joined = String.join(",", seen);
          int finalTotal = total;
          seen.forEach(s -> System.out.println(joined + s + finalTotal));
          return total + seen.size();
        }
        @Resumable void helper(int t) {
          Await.event("h", String.class);
        }
      """;

  @Test
  void everySupportedConstructCompilesWithoutWarnings() {
    Compilation compilation = Sources.compile(Sources.flow(CONSTRUCTS));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Flow_everything");
    assertThat(compilation).generatedSourceFile("test.Flow_helper");
    assertThat(compilation).generatedSourceFile("test.Resumer");
  }

  @Test
  void statesNameTheirSourceLines() throws IOException {
    Compilation compilation = Sources.compile(Sources.flow(CONSTRUCTS));
    String frame = source(compilation, "test.Flow_everything");
    assertThat(frame).contains("// Flow.java:14  Await.event(\"x\", Integer.class)");
    assertThat(frame).contains("public final class Flow_everything extends Frame");
    assertThat(frame).contains(".event(\"event:x\",");
    assertThat(frame).contains(".event(\"event:reply\",");
    // The names the engine refuses events by, each once, in order of appearance.
    assertThat(frame).contains(".awaits(\"x\", \"reply\"");
    assertThat(frame).contains(".call(\"call:helper\",");
  }

  @Test
  void registersTheCatalogAsAService() throws IOException {
    Compilation compilation = Sources.compile(Sources.flow(CONSTRUCTS));
    JavaFileObject service = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/services/dev.resumable.machine.FrameCatalog").orElseThrow();
    assertThat(service.getCharContent(true).toString()).isEqualTo("test.Resumer$Catalog\n");
  }

  private static String source(Compilation compilation, String name) throws IOException {
    return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
  }
}
