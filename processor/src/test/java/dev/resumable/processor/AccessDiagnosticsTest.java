package dev.resumable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one access rule of generated code, which runs in another class of the workflow's package:
 * checked in validation, reported at the use, before anything is written.
 */
class AccessDiagnosticsTest {

  private static final JavaFileObject FOREIGN = Sources.file("test.other.Foreign",
      "package test.other;",
      "public class Foreign {",
      "  protected int guarded() { return 2; }",
      "  protected static int guardedStatic() { return 3; }",
      "  protected int guardedField = 4;",
      "}");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "return secret;                          | field Flow.secret",
      "return this.secret;                     | field Flow.secret",
      "return hidden();                        | method Flow.hidden",
      "java.util.function.IntSupplier s = this::hidden; return s.getAsInt(); | method Flow.hidden",
      "return new Hidden().hashCode();         | class Flow.Hidden",
      "return new Guarded().hashCode();        | constructor Guarded.Guarded",
  })
  void privateMembers(String use, String member) {
    JavaFileObject flow = Sources.flow("""
          private int secret = 1;
          private int hidden() { return 2; }
          private static class Hidden { }
          static class Guarded { private Guarded() { } }
          @Resumable int run() {
            Await.event("e", String.class);
            %s
          }
        """.formatted(use));
    Compilation compilation = Sources.compile(flow);
    assertThat(compilation).hadErrorContaining("[Resumable.PrivateMember] " + member)
        .inFile(flow).onLineContaining(use);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "return guarded();                 | method Foreign.guarded",
      "return guardedStatic();           | method Foreign.guardedStatic",
      "return Foreign.guardedStatic();   | method Foreign.guardedStatic",
      "return guardedField;              | field Foreign.guardedField",
  })
  void protectedMembersOfAnotherPackage(String use, String member) {
    JavaFileObject flow = Sources.file("test.Flow",
        "package test;",
        "import dev.resumable.Await;",
        "import dev.resumable.Resumable;",
        "import test.other.Foreign;",
        "public class Flow extends Foreign {",
        "  @Resumable int run() {",
        "    Await.event(\"e\", String.class);",
        "    " + use,
        "  }",
        "}");
    Compilation compilation = Sources.compile(FOREIGN, flow);
    assertThat(compilation).hadErrorContaining("[Resumable.ProtectedMember] " + member
        + " is protected in another package").inFile(flow).onLineContaining(use);
  }

  /** Inside a class of the method, which is copied along and may be the subclass that reaches it. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"return guarded() + guardedField;"})
  void protectedMembersInsideAnAnonymousSubclass(String use) {
    JavaFileObject flow = Sources.file("test.Flow",
        "package test;",
        "import dev.resumable.Await;",
        "import dev.resumable.Resumable;",
        "import test.other.Foreign;",
        "public class Flow {",
        "  @Resumable int run() {",
        "    int got = Await.event(\"e\", Integer.class);",
        "    Foreign f = new Foreign() {",
        "      @Override protected int guarded() { " + use + " }",
        "    };",
        "    return got + f.hashCode() * 0;",
        "  }",
        "}");
    assertThat(Sources.compile(FOREIGN, flow)).succeededWithoutWarnings();
  }
}
