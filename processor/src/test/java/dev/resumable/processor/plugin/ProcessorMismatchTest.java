package dev.resumable.processor.plugin;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A state machine that was not generated from the method as it is now, played by a hand-written
 * class in the same compilation, without the processor.
 */
class ProcessorMismatchTest {

  private static final JavaFileObject FLOW = PluginCompiler.flow("""
        @Resumable int run(String order) {
          int total = Await.event("price", Integer.class);
          String tracking = ship(order);
          for (String item : List.of("a", "b")) {
            Await.event("packed", String.class);
          }
          return total + tracking.length();
        }
        @Resumable String ship(String order) {
          return Await.event("shipped", String.class);
        }
      """);

  private static final String SHIP_FRAME = """
      package test;

      @dev.resumable.machine.StateMachine(method = "test.Flow#ship(java.lang.String)",
          points = "event:shipped", stored = {})
      final class Flow_ship {}
      """;

  private static Compilation compileWithRunFrame(String points, String stored) {
    JavaFileObject runFrame = PluginCompiler.file("test.Flow_run", """
        package test;

        @dev.resumable.machine.StateMachine(method = "test.Flow#run(java.lang.String)",
            points = %s, stored = %s)
        final class Flow_run {}
        """.formatted(points, stored));
    return PluginCompiler.pluginOnly(FLOW, runFrame,
        PluginCompiler.file("test.Flow_ship", SHIP_FRAME));
  }

  @Test
  void matchingStateMachineIsAccepted() {
    // `index` names no source local: a temporary of the transform, which is not checked.
    Compilation compilation = compileWithRunFrame(
        "{\"event:price\", \"call:ship\", \"event:packed\"}",
        "{\"total:int\", \"tracking:java.lang.String\", \"index:int\"}");
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void differentPoints() {
    Compilation compilation = compileWithRunFrame(
        "{\"event:price\", \"event:packed\"}", "{\"total:int\"}");
    assertThat(compilation).hadErrorContaining("[Resumable.ProcessorMismatch] the state machine"
        + " test.Flow_run was not generated from @Resumable method Flow.run as it is now: its"
        + " suspension points are [event:price, event:packed], the method's are [event:price,"
        + " call:ship, event:packed]; its generated sources are stale, so rebuild cleanly")
        .inFile(FLOW).onLineContaining("int run(String order)");
    assertEquals(1, compilation.errors().size(), compilation.errors().toString());
  }

  @Test
  void differentStoredType() {
    Compilation compilation = compileWithRunFrame(
        "{\"event:price\", \"call:ship\", \"event:packed\"}", "{\"total:java.lang.String\"}");
    assertThat(compilation).hadErrorContaining("[Resumable.ProcessorMismatch]")
        .inFile(FLOW).onLineContaining("int run(String order)");
    assertThat(compilation).hadErrorContaining(
        "it stores local 'total' as java.lang.String, the method declares it as int");
    assertEquals(1, compilation.errors().size(), compilation.errors().toString());
  }

  @Test
  void classWithoutStateMachine() {
    Compilation compilation = PluginCompiler.pluginOnly(FLOW,
        PluginCompiler.file("test.Flow_run", "package test; final class Flow_run {}"),
        PluginCompiler.file("test.Flow_ship", SHIP_FRAME));
    assertThat(compilation).hadErrorContaining("it carries no @StateMachine")
        .inFile(FLOW).onLineContaining("int run(String order)");
    assertEquals(1, compilation.errors().size(), compilation.errors().toString());
  }
}
