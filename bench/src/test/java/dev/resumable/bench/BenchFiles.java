package dev.resumable.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Files of benchmarks, on the disk under test: {@code target/bench-data} of the bench module,
 * wherever the JVM was started from, so a run never leaves data elsewhere.
 */
final class BenchFiles {

  private static final Path ROOT = targetDirectory().resolve("bench-data");

  private BenchFiles() {}

  /** A store file in a new, empty directory of its own. */
  static Path freshStore(String name) {
    return freshDirectory(name).resolve("store.mv.db");
  }

  /** A new, empty directory for one trial of a benchmark. */
  static Path freshDirectory(String name) {
    try {
      Files.createDirectories(ROOT);
      return Files.createTempDirectory(ROOT, name + "-").toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a directory under " + ROOT, e);
    }
  }

  /** Removes a directory a trial made, with everything in it. */
  static void delete(Path directory) {
    if (directory == null || !Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + directory, e);
    }
  }

  /** The {@code target/} directory that holds this module's compiled test classes. */
  private static Path targetDirectory() {
    try {
      return Path.of(BenchFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getParent();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException("the benchmark classes have no file location", e);
    }
  }
}
