package dev.resumable.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary directory that holds one test's store file. Each has its own, so tests running in
 * parallel never share a store; it is removed when the test ends.
 */
final class StoreDirectory {

  /** H2 adds {@code .mv.db}, and may add trace or lock files beside it. */
  private static final String STORE_NAME = "store";

  private final Path directory;

  private StoreDirectory(Path directory) {
    this.directory = directory;
  }

  static StoreDirectory create() {
    try {
      return new StoreDirectory(Files.createTempDirectory("resumable-test-"));
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a directory for the test's store", e);
    }
  }

  Path path() {
    return directory;
  }

  /** The name the store is opened with; {@code H2Store} turns it into {@code store.mv.db}. */
  Path storeFile() {
    return directory.resolve(STORE_NAME);
  }

  /** Deletes the directory and every file in it; the store must be closed. */
  void remove() {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
      for (Path path : deepestFirst) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove the test's store in " + directory, e);
    }
  }
}
