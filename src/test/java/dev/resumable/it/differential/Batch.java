package dev.resumable.it.differential;

import dev.resumable.it.JavaProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One run of every suite of this package, shared by all of them: step n of every case of every
 * suite runs in the same fresh JVM (each suite on a store file and an engine of its own), so the
 * whole suite costs one JVM more than its longest case has steps, however many cases and suites
 * there are. The first suite to ask starts it.
 */
final class Batch {

  /**
   * Where the suites' store files are, one per suite; kept after the run (under the module's
   * target directory) to look into after a failure.
   */
  private static final Path STORES = Path.of("target", "differential");

  private static Batch done;

  final Map<String, List<Report>> reports;
  final List<String> crashes;

  private Batch(Map<String, List<Report>> reports, List<String> crashes) {
    this.reports = reports;
    this.crashes = crashes;
  }

  /** The run of all suites, started on the first call; {@code asking} is always among them. */
  static synchronized Batch of(Class<? extends DifferentialSuite> asking) throws Exception {
    if (done == null || !done.reports.containsKey(asking.getName())) {
      Set<Class<? extends DifferentialSuite>> suites = new LinkedHashSet<>(suitesInPackage());
      suites.add(asking);
      done = run(suites);
    }
    return done;
  }

  private static Batch run(Set<Class<? extends DifferentialSuite>> suites) throws Exception {
    int mostSteps = 0;
    List<String> args = new ArrayList<>();
    args.add("0");
    args.add(STORES.toAbsolutePath().toString());
    for (Class<? extends DifferentialSuite> suite : suites) {
      args.add(suite.getName());
      mostSteps = Math.max(mostSteps, StepJvm.instantiate(suite.getName()).cases().mostSteps());
    }
    deleteStore();
    StringBuilder output = new StringBuilder();
    List<String> crashes = new ArrayList<>();
    for (int step = 0; step <= mostSteps; step++) {
      args.set(0, Integer.toString(step));
      // The step names each suite's store file itself; the default store is never opened.
      JavaProcess.Result result = JavaProcess.run(STORES, StepJvm.class.getName(),
          args.toArray(String[]::new));
      output.append(result.output());
      if (result.exitCode() != 0) {
        crashes.add("step " + step + " JVM exited with " + result.exitCode() + ":\n"
            + result.output());
      }
    }
    Map<String, List<Report>> reports = Report.parse(output.toString());
    suites.forEach(s -> reports.putIfAbsent(s.getName(), List.of()));
    return new Batch(reports, crashes);
  }

  /** The reports of one case of a suite, in the order they were printed. */
  List<Report> of(Class<?> suite, DifferentialCase c) {
    return reports.get(suite.getName()).stream()
        .filter(r -> r.caseName().equals(c.name())).toList();
  }

  /** Every concrete suite compiled into this package's directory of the test class path. */
  private static List<Class<? extends DifferentialSuite>> suitesInPackage()
      throws URISyntaxException, IOException {
    Path classes = Path.of(DifferentialSuite.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    Path dir = classes.resolve(DifferentialSuite.class.getPackageName().replace('.', '/'));
    if (!Files.isDirectory(dir)) {
      return List.of(); // in a jar: each suite runs on its own
    }
    List<Class<? extends DifferentialSuite>> suites = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> type = load(name.substring(0, name.length() - ".class".length()));
          if (DifferentialSuite.class.isAssignableFrom(type)
              && !Modifier.isAbstract(type.getModifiers())) {
            suites.add(type.asSubclass(DifferentialSuite.class));
          }
        }
      }
    }
    return suites;
  }

  private static Class<?> load(String simpleName) {
    try {
      return Class.forName(DifferentialSuite.class.getPackageName() + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("listed but not loadable: " + simpleName, e);
    }
  }

  private static void deleteStore() throws IOException {
    Path dir = STORES;
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> {
          try {
            Files.delete(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    Files.createDirectories(dir);
  }
}
