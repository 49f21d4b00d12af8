package dev.resumable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Compiles inline sources with the real processor. */
public final class Sources {

  private Sources() {}

  public static JavaFileObject file(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** A class {@code test.Flow} with the usual imports around {@code body}. */
  public static JavaFileObject flow(String body) {
    return JavaFileObjects.forSourceString("test.Flow", String.join("\n",
        "package test;",
        "",
        "import dev.resumable.Await;",
        "import dev.resumable.Resumable;",
        "import dev.resumable.Step;",
        "import java.util.*;",
        // No blank line here, so that the body starts on line 8, where the tests expect it.
        "public class Flow {",
        body,
        "}"));
  }

  static Compilation compile(JavaFileObject... files) {
    // Strict lint, as users' builds may have it: generated code must add no warnings.
    return javac().withOptions("-Xlint:all", "-Xlint:-processing")
        .withProcessors(new ResumableProcessor()).compile(files);
  }

  /** Compiles {@link #flow} of {@code body} and checks it fails with {@code tag} on that line. */
  static void assertError(String body, String tag, String onLine) {
    JavaFileObject flow = flow(body);
    Compilation compilation = compile(flow);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[Resumable." + tag + "]")
        .inFile(flow).onLineContaining(onLine);
  }
}
