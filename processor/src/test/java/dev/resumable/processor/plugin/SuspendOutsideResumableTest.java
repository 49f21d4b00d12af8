package dev.resumable.processor.plugin;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Suspending calls outside a @Resumable method, each reported at the call. */
class SuspendOutsideResumableTest {

  private static final String TAG = "[Resumable.SuspendOutsideResumable]";

  /** A valid workflow method that the bodies under test call. */
  private static final String SHIP = """
        @Resumable String ship(String order) {
          return Await.event("shipped", String.class);
        }
      """;

  private static Compilation assertOneError(String body, String onLine) {
    JavaFileObject flow = PluginCompiler.flow(body + SHIP);
    Compilation compilation = PluginCompiler.withProcessor(flow);
    assertThat(compilation).hadErrorContaining(TAG).inFile(flow).onLineContaining(onLine);
    assertEquals(1, compilation.errors().size(), compilation.errors().toString());
    return compilation;
  }

  @Test
  void plainMethod() {
    Compilation compilation = assertOneError("""
          void handle(String order) {
            ship(order);
          }
        """, "ship(order);");
    assertThat(compilation).hadErrorContaining("`ship(order)` suspends, so it can only be called"
        + " in the body of a @Resumable method; make `Flow.handle` @Resumable and start it"
        + " through the generated Resumer; to run it as plain Java on purpose (a test using"
        + " DirectRun), annotate the caller with @SuppressWarnings(\"resumable\")");
  }

  @Test
  void waitInsideAStep() {
    // A step runs at once, inside its commit (a transactional one inside its transaction).
    assertOneError("""
          @dev.resumable.Step(transactional = true) String record(String order) {
            return Await.event("recorded", String.class);
          }
        """, "Await.event(\"recorded\"");
  }

  @Test
  void workflowCallInsideAStep() {
    assertOneError("""
          @dev.resumable.Step String record(String order) {
            return ship(order);
          }
        """, "return ship(order);");
  }

  @Test
  void compensateInAPlainMethod() {
    assertOneError("""
          void undo(dev.resumable.Saga saga) throws Exception {
            saga.compensate();
          }
        """, "saga.compensate();");
  }

  @Test
  void branchFromAPlainMethod() {
    assertOneError("""
          void handle(String order) {
            Await.branch(ship(order));
          }
        """, "Await.branch(ship(order));");
  }

  @Test
  void voidBranchFromAPlainMethodIsReportedOnceAsItsBranch() {
    assertOneError("""
          void handle(String order) {
            Await.branch(() -> remind(order));
          }
          @Resumable void remind(String order) {
            Await.event("read", String.class);
          }
        """, "Await.branch(() -> remind(order));");
  }

  @Test
  void constructor() {
    Compilation compilation = assertOneError("""
          Flow() {
            Await.event("in-constructor", String.class);
          }
        """, "in-constructor");
    assertThat(compilation).hadErrorContaining("not in a constructor");
  }

  @Test
  void staticInitializer() {
    Compilation compilation = assertOneError("""
          static {
            Await.event("in-static", String.class);
          }
        """, "in-static");
    assertThat(compilation).hadErrorContaining("not in a static initializer");
  }

  @Test
  void fieldInitializer() {
    Compilation compilation = assertOneError("""
          String first = Await.event("in-field", String.class);
        """, "in-field");
    assertThat(compilation).hadErrorContaining("not in the initializer of field first");
  }

  @Test
  void lambdaInPlainMethod() {
    Compilation compilation = assertOneError("""
          void handle(List<String> orders) {
            orders.forEach(o -> ship(o));
          }
        """, "orders.forEach");
    assertThat(compilation).hadErrorContaining("`ship(o)` suspends");
    assertThat(compilation).hadErrorContaining("not in a lambda");
  }

  @Test
  void methodReferenceInPlainMethod() {
    Compilation compilation = assertOneError("""
          void handle(List<String> orders) {
            orders.forEach(this::step);
          }
          @Resumable void step(String order) {
            Await.event("step", String.class);
          }
        """, "this::step");
    assertThat(compilation).hadErrorContaining("`this::step` suspends");
  }

  @Test
  void anonymousClassInPlainMethod() {
    Compilation compilation = assertOneError("""
          Runnable later() {
            return new Runnable() {
              public void run() {
                ship("anonymous");
              }
            };
          }
        """, "ship(\"anonymous\")");
    assertThat(compilation).hadErrorContaining("not in a method of an anonymous class");
  }

  @Test
  void suppressedOnTheMethod() {
    Compilation compilation = PluginCompiler.withProcessor(PluginCompiler.flow("""
          @SuppressWarnings("resumable")
          String direct() {
            return ship("test");
          }
        """ + SHIP));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void suppressedOnTheClass() {
    JavaFileObject test = PluginCompiler.file("test.FlowTest", """
        package test;

        import dev.resumable.DirectRun;

        @SuppressWarnings("resumable")
        class FlowTest {
          String shipsDirectly() throws Exception {
            return DirectRun.script().event("shipped", "yes").call(() -> new Flow().ship("o"));
          }
        }
        """);
    Compilation compilation = PluginCompiler.withProcessor(PluginCompiler.flow(SHIP), test);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void lambdaInResumableMethodIsReportedOnceByTheProcessor() {
    JavaFileObject flow = PluginCompiler.flow("""
          @Resumable void run(List<String> names) {
            names.forEach(n -> Await.event(n, String.class));
          }
        """);
    Compilation compilation = PluginCompiler.withProcessor(flow);
    assertThat(compilation).hadErrorContaining("[Resumable.SuspendInLambda]")
        .inFile(flow).onLineContaining("names.forEach");
    assertEquals(1, compilation.errors().size(), compilation.errors().toString());
  }
}
