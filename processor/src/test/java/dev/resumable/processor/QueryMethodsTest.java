package dev.resumable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The Resumer offers a typed query of each name a package's methods expose as one type. */
class QueryMethodsTest {

  private static JavaFileObject workflow(String name, String body) {
    return JavaFileObjects.forSourceString("test." + name, """
        package test;

        import dev.resumable.Await;
        import dev.resumable.Resumable;
        import dev.resumable.Workflow;
        import dev.resumable.codec.TypeRef;
        import java.util.List;

        public class %s {
          @Resumable
          public String run%s(int n) {
            %s
            return Await.event("go", String.class);
          }
        }
        """.formatted(name, name, body));
  }

  private static String resumer(Compilation compilation) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    return compilation.generatedSourceFile("test.Resumer").orElseThrow().getCharContent(true)
        .toString();
  }

  private static Compilation compilationOf(String name) {
    return Sources.compile(workflow(name, "Workflow.expose(\"stage\", Integer.class, n);"
        + " Workflow.expose(\"total\", Integer.class, n);"));
  }

  @Test
  void eachConstantNameGetsATypedQuery() throws IOException {
    String resumer = resumer(Sources.compile(workflow("Review", """
        Workflow.expose("order-status", String.class, "open");
        Workflow.expose("count", int.class, n);
        Workflow.expose("lines", new TypeRef<List<String>>() {}, List.of("a"));
        String computed = "x" + n;
        Workflow.expose(computed, String.class, "not typed");
        """)));

    assertTrue(resumer.contains("public Optional<String> exposedOrderStatus(String instanceId) {\n"
        + "    return engine.exposed(instanceId, \"order-status\", String.class);"), resumer);
    assertTrue(resumer.contains("public Optional<Integer> exposedCount(String instanceId)"),
        resumer);
    assertTrue(resumer.contains("public Optional<List<String>> exposedLines(String instanceId) {\n"
        + "    return engine.exposed(instanceId, \"lines\", new TypeRef<List<String>>() {});"),
        resumer);
    assertFalse(resumer.contains("exposedX"), resumer);
  }

  @Test
  void aNameExposedAsTwoTypesInThePackageHasNoTypedQuery() throws IOException {
    String resumer = resumer(Sources.compile(
        workflow("First", "Workflow.expose(\"stage\", String.class, \"a\");"),
        workflow("Second", "Workflow.expose(\"stage\", Integer.class, n);"
            + " Workflow.expose(\"total\", Integer.class, n);")));

    assertFalse(resumer.contains("exposedStage"), resumer);
    assertTrue(resumer.contains("exposedTotal"), resumer);
    // The names the engine refuses queries by, for each method whose names are all constants.
    String second = compilationOf("Second").generatedSourceFile("test.Second_runSecond")
        .orElseThrow().getCharContent(true).toString();
    assertTrue(second.contains(".exposes(\"stage\", \"total\")"), second);
  }
}
