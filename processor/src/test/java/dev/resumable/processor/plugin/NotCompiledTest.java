package dev.resumable.processor.plugin;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A @Resumable method without its state machine, and methods the processor rejected. */
class NotCompiledTest {

  private static final String VALID = """
        @Resumable String run(String order) {
          return Await.event("paid", String.class);
        }
      """;

  private static final String REJECTED = """
        @Resumable void rejected(List<String> names) {
          names.forEach(n -> Await.event(n, String.class));
        }
      """;

  @Test
  void pluginWithoutTheProcessor() {
    JavaFileObject flow = PluginCompiler.flow(VALID);
    Compilation compilation = PluginCompiler.pluginOnly(flow);
    assertThat(compilation).hadErrorContaining("[Resumable.NotCompiled] @Resumable method Flow.run"
        + " has no state machine test.Flow_run because the Resumable processor did not run")
        .inFile(flow).onLineContaining("String run(String order)");
    assertEquals(1, compilation.errors().size(), compilation.errors().toString());
  }

  @Test
  void rejectedMethodHasOnlyTheProcessorsError() {
    JavaFileObject flow = PluginCompiler.flow(VALID + REJECTED);
    Compilation compilation = PluginCompiler.withProcessor(flow);
    assertThat(compilation).hadErrorContaining("[Resumable.SuspendInLambda]")
        .inFile(flow).onLineContaining("names.forEach");
    assertEquals(1, compilation.errors().size(), compilation.errors().toString());
  }

  /**
   * Error Prone setups let javac attribute and analyze classes after an error, so the plugin runs
   * after the processor rejected a method; it must still not call that method uncompiled.
   */
  @Test
  void rejectedMethodHasOnlyTheProcessorsErrorWhenJavacGoesOn() {
    JavaFileObject flow = PluginCompiler.flow(VALID + REJECTED + """
          void plain() {
            run("proves that the plugin ran");
          }
        """);
    Compilation compilation = PluginCompiler.withProcessor(
        List.of("--should-stop=ifError=FLOW"), flow);
    assertThat(compilation).hadErrorContaining("[Resumable.SuspendInLambda]")
        .inFile(flow).onLineContaining("names.forEach");
    assertThat(compilation).hadErrorContaining("[Resumable.SuspendOutsideResumable]")
        .inFile(flow).onLineContaining("proves that the plugin ran");
    assertEquals(2, compilation.errors().size(), compilation.errors().toString());
  }
}
