package dev.resumable.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Store files for benchmarks, under the bench module's {@code target/} directory wherever the JVM
 * was started from, so that a run never leaves data elsewhere and a fork never reuses another's.
 */
public final class StoreFiles {

  private StoreFiles() {}

  /** A store file named {@code name} that does not exist yet: any left by an earlier run is gone. */
  public static Path fresh(String name) {
    Path directory = targetDirectory().resolve("bench-stores");
    Path file = directory.resolve(name + ".mv.db");
    try {
      Files.createDirectories(directory);
      Files.deleteIfExists(file);
      Files.deleteIfExists(directory.resolve(name + ".trace.db"));
    } catch (IOException e) {
      throw new UncheckedIOException("could not clear the benchmark store " + file, e);
    }
    return file;
  }

  /** The {@code target/} directory that holds this module's compiled test classes. */
  private static Path targetDirectory() {
    try {
      Path classes = Path.of(StoreFiles.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      return classes.getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the benchmark classes have no file location", e);
    }
  }
}
