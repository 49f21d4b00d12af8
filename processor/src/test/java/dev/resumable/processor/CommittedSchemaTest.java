package dev.resumable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed schema: the first build writes it, a compatible change updates it, and a change
 * that would strand waiting instances fails the build, naming method, point and local, until it
 * is accepted.
 */
class CommittedSchemaTest {

  private static final String V1 = """
        @Resumable String run(String order) {
          ArrayList<String> seen = new ArrayList<>();
          String a = Await.event("a", String.class);
          seen.add(a);
          String b = Await.event("b", String.class);
          return order + seen + b;
        }
      """;

  private static final String SCHEMA_V1 = """
      # Resumable schema of test.Flow: what waiting instances of its @Resumable methods
      # depend on. Commit it; each build checks the code against it and updates it.
      method test.Flow#run(java.lang.String)
        point event:a
          order: java.lang.String
          seen: java.util.ArrayList<java.lang.String>
        point event:b
          order: java.lang.String
          seen: java.util.ArrayList<java.lang.String>
      """;

  @TempDir
  Path dir;

  private Compilation build(String body, String... options) {
    String[] all = new String[options.length + 1];
    all[0] = "-Aresumable.schemaDir=" + dir;
    System.arraycopy(options, 0, all, 1, options.length);
    return javac().withOptions((Object[]) all).withProcessors(new ResumableProcessor())
        .compile(Sources.flow(body));
  }

  private String schema() throws IOException {
    return Files.readString(dir.resolve("test.Flow.txt"));
  }

  @Test
  void theFirstBuildWritesTheSchemaOfEveryPointAndItsStoredLocals() throws IOException {
    assertThat(build(V1)).succeededWithoutWarnings();
    assertEquals(SCHEMA_V1, schema());
  }

  @Test
  void aCompatibleChangeBuildsAndUpdatesTheFile() throws IOException {
    assertThat(build(V1)).succeeded();
    Compilation compilation = build("""
          @Resumable String run(String order) {
            List<String> seen = new ArrayList<>();
            String a = Await.event("a", String.class);
            seen.add(a.trim());
            String b = Await.event("b", String.class);
            String c = Await.event("c", String.class);
            return order + seen + b + c;
          }
        """);
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(SCHEMA_V1.replace("java.util.ArrayList<", "java.util.List<")
        + "  point event:c\n    order: java.lang.String\n    seen: java.util.List<java.lang.String>\n"
        + "    b: java.lang.String\n", schema());
  }

  @Test
  void aChangeThatStrandsWaitingInstancesFailsTheBuildWithADiff() throws IOException {
    assertThat(build(V1)).succeeded();
    JavaFileObject changed = Sources.flow("""
          @Resumable String run(String order) {
            ArrayList<String> seen = new ArrayList<>();
            String a = Await.event("a", String.class);
            seen.add(a);
            int count = seen.size();
            String b = Await.event("approved", String.class);
            return order + seen + b + count;
          }
        """);
    Compilation compilation = javac().withOptions("-Aresumable.schemaDir=" + dir)
        .withProcessors(new ResumableProcessor()).compile(changed);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[Resumable.SchemaStrandsInstances] this change"
        + " to test.Flow#run(java.lang.String) would strand the instances waiting at the points"
        + " committed in " + dir.resolve("test.Flow.txt")).inFile(changed)
        .onLineContaining("@Resumable String run");
    // javac indents a message's continuation lines; the diff is as written after that.
    assertThat(compilation).hadErrorContaining("method test.Flow#run(java.lang.String)\n"
        + "  -   point event:b   (removed or renamed)\n");
    assertThat(compilation).hadErrorContaining("build once with -Aresumable.schemaAccept=true");
    assertEquals(SCHEMA_V1, schema());
  }

  @Test
  void aLocalNowLiveWithoutAStoredValueOrOfAnotherTypeIsNamedInTheDiff() {
    assertThat(build(V1)).succeeded();
    Compilation compilation = build("""
          @Resumable String run(String order) {
            Set<String> seen = new HashSet<>();
            long started = System.nanoTime();
            String a = Await.event("a", String.class);
            seen.add(a);
            String b = Await.event("b", String.class);
            return order + seen + b + started;
          }
        """);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("    point event:a\n"
        + "  -     seen: java.util.ArrayList<java.lang.String>\n"
        + "  +     seen: java.util.Set<java.lang.String>   (cannot hold the stored value)\n"
        + "  +     started: long   (live here now, never stored)\n"
        + "      point event:b\n");
  }

  @Test
  void acceptingTheChangeDeliberatelyRewritesTheFile() throws IOException {
    assertThat(build(V1)).succeeded();
    String removedB = """
          @Resumable String run(String order) {
            return order + Await.event("a", String.class);
          }
        """;
    assertThat(build(removedB)).failed();
    assertThat(build(removedB, "-Aresumable.schemaAccept=true")).succeeded();
    assertEquals("""
        # Resumable schema of test.Flow: what waiting instances of its @Resumable methods
        # depend on. Commit it; each build checks the code against it and updates it.
        method test.Flow#run(java.lang.String)
          point event:a
            order: java.lang.String
        """, schema());
    assertThat(build(removedB)).succeededWithoutWarnings();
  }

  @Test
  void aBuildWhereAMethodDoesNotCompileLeavesItsClassSchemaAsCommitted() throws IOException {
    String other = """
          @Resumable int other() { return Await.event("n", Integer.class); }
        """;
    assertThat(build(V1 + other)).succeeded();
    String committed = schema();
    Compilation compilation = build(V1 + """
          @Resumable int other() {
            return Await.event("n", Integer.class) + java.util.List.of(1).stream()
                .mapToInt(x -> Await.event("m", Integer.class)).sum();
          }
        """);
    assertThat(compilation).hadErrorContaining("[Resumable.SuspendInLambda]");
    assertThat(compilation).hadErrorCount(1);
    assertEquals(committed, schema());
  }

  @Test
  void aMethodRemovedFromTheCommittedSchemaFailsTheBuild() throws IOException {
    assertThat(build(V1 + """
          @Resumable int other() { return Await.event("n", Integer.class); }
        """)).succeeded();
    Compilation compilation = build(V1);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[Resumable.SchemaStrandsInstances] @Resumable"
        + " method test.Flow#other() is committed in " + dir.resolve("test.Flow.txt")
        + " but no longer in the code");
  }
}
