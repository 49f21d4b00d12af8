package dev.resumable.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Builds the README's set-up as a new user would: a project made of nothing but the README's
 * marked snippets, built with {@code mvn test} by the Maven installation that runs this build,
 * against the artifacts this build made. Fails if a snippet does not compile or the README's test
 * does not run.
 */
class ReadmeProjectIT {

  /** The sections whose every Java and XML block a reader copies into a project. */
  private static final List<String> SET_UP_SECTIONS = List.of(
      "Add it to a project", "A workflow in 20 lines", "Testing your workflows",
      "Running on PostgreSQL", "Upgrading workflows", "Operating Resumable");

  /** A type declared at the start of a line, as the README writes top-level types. */
  private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
      "(?m)^(?:public |final |abstract |sealed )*(?:class|interface|record|enum) (\\w+)");

  private final ReadmeSnippets readme = new ReadmeSnippets(readString("readme.file"));
  private final Path project = Path.of(property("readme.project"));

  @Test
  void everySetUpSnippetIsMarkedForTheCheck() {
    for (String section : SET_UP_SECTIONS) {
      assertEquals(List.of(), readme.unmarkedCodeIn(section),
          "README lines of Java or XML blocks in \"" + section + "\" without a <!-- file: ... -->"
              + " mark, so that nothing checks them");
    }
  }

  @Test
  void theReadmeProjectBuildsAndItsTestRuns() throws IOException, InterruptedException {
    Map<String, String> files = ReadmeSnippets.files(readme.snippets());
    writeProject(files);
    Path log = project.resolve("build.log");
    int exit = new NestedMaven(Path.of(property("readme.maven")),
        Path.of(property("readme.repository")), Path.of(property("readme.thirdPartyRepository")))
        .run(project, log, "test");

    assertEquals(0, exit, () -> "mvn test of the README's project failed:\n" + tail(log));
    files.forEach((path, text) -> {
      for (Path compiled : classFilesOf(path, text)) {
        assertTrue(Files.isRegularFile(compiled), () -> "no " + compiled + " from the README's "
            + path + ":\n" + tail(log));
      }
    });
    SurefireReports reports = SurefireReports.read(project.resolve("target/surefire-reports"));
    assertEquals(testClassesOf(files), reports.suites(),
        () -> "the README's test classes did not all run:\n" + tail(log));
    assertTrue(reports.tests() > 0, () -> "the README's test ran no test:\n" + tail(log));
    assertEquals(0, reports.failures() + reports.errors() + reports.skipped(),
        () -> "the README's test did not pass: " + reports + "\n" + tail(log));
  }

  private void writeProject(Map<String, String> files) throws IOException {
    if (Files.exists(project)) {
      try (Stream<Path> old = Files.walk(project)) {
        for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = project.resolve(file.getKey()).normalize();
      assertTrue(target.startsWith(project), "a README snippet outside the project: "
          + file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
  }

  /** The README's test classes, in the order surefire reports them: by name. */
  private static List<String> testClassesOf(Map<String, String> files) {
    return files.keySet().stream()
        .filter(path -> path.startsWith("src/test/java/") && path.endsWith("Test.java"))
        .map(path -> path.substring("src/test/java/".length(), path.length() - ".java".length())
            .replace('/', '.'))
        .sorted()
        .toList();
  }

  /** The class files that {@code mvn test} makes of the top-level types of a Java source. */
  private List<Path> classFilesOf(String sourcePath, String text) {
    for (String[] roots : new String[][] {
        {"src/main/java/", "target/classes/"}, {"src/test/java/", "target/test-classes/"}}) {
      if (sourcePath.startsWith(roots[0]) && sourcePath.endsWith(".java")) {
        String directory = sourcePath.substring(roots[0].length(), sourcePath.lastIndexOf('/') + 1);
        return TOP_LEVEL_TYPE.matcher(text).results()
            .map(m -> project.resolve(roots[1] + directory + m.group(1) + ".class"))
            .toList();
      }
    }
    return List.of();
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no build log: " + e + ")";
    }
  }

  private static String readString(String property) {
    try {
      return Files.readString(Path.of(property(property)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("system property " + name + " is not set; run this test"
          + " through the module's Maven build (mvn verify)");
    }
    return value;
  }
}
