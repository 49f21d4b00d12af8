package dev.resumable.processor.schema;

import dev.resumable.processor.model.FrameShape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The schema files of a source tree's directory, one per class with {@code @Resumable} methods
 * ({@code <dir>/<qualified class name>.txt}): read when a class's first method is checked, and
 * written back, with this build's shapes, once the build is over.
 */
public final class CommittedSchemas {

  private final Path directory;
  private final Map<String, Map<String, FrameShape>> committed = new LinkedHashMap<>();
  private final Map<String, Map<String, FrameShape>> current = new TreeMap<>();
  private final Set<String> refused = new TreeSet<>();

  public CommittedSchemas(Path directory) {
    this.directory = directory;
  }

  public Path fileOf(String className) {
    return directory.resolve(className + ".txt");
  }

  /** The committed shape of a method, or null if the file has none (a new method or class). */
  public FrameShape committed(String className, String methodKey) {
    return committedOf(className).get(methodKey);
  }

  /** The committed methods of a class, by key; empty if it has no file yet. */
  public Map<String, FrameShape> committedOf(String className) {
    return committed.computeIfAbsent(className, c -> {
      Path file = fileOf(c);
      if (!Files.exists(file)) {
        return Map.of();
      }
      try {
        return SchemaFile.parse(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Records a method as this build compiled it. */
  public void compiled(String className, FrameShape shape) {
    current.computeIfAbsent(className, c -> new TreeMap<>()).put(shape.methodKey(), shape);
  }

  /** A class whose file must stay as committed: this build refused a change to it. */
  public void refuse(String className) {
    refused.add(className);
  }

  public boolean isRefused(String className) {
    return refused.contains(className);
  }

  /** The classes this build compiled methods of, with their methods by key. */
  public Map<String, Map<String, FrameShape>> compiledClasses() {
    return current;
  }

  /** Writes the file of every class compiled and not refused, where its text changed. */
  public void writeChanged() throws IOException {
    for (var entry : current.entrySet()) {
      if (refused.contains(entry.getKey())) {
        continue;
      }
      Path file = fileOf(entry.getKey());
      String text = SchemaFile.format(entry.getKey(), entry.getValue().values());
      if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
        Files.createDirectories(directory);
        Files.writeString(file, text, StandardCharsets.UTF_8);
      }
    }
  }
}
