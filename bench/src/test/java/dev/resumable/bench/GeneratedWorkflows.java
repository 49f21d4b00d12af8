package dev.resumable.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes P6's sources: {@code @Resumable} methods spread over classes of ten, each with the
 * constructs a real workflow has (a loop with a wait in it, a branch, a timer, several locals).
 */
final class GeneratedWorkflows {

  static final String PACKAGE = "dev.resumable.generated";
  private static final int METHODS_PER_CLASS = 10;

  private GeneratedWorkflows() {}

  /** Writes {@code methods} methods under {@code root}; returns the files written. */
  static List<Path> write(Path root, int methods) {
    Path directory = root.resolve(PACKAGE.replace('.', '/'));
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      for (int first = 0; first < methods; first += METHODS_PER_CLASS) {
        String name = "Workflows" + first / METHODS_PER_CLASS;
        Path file = directory.resolve(name + ".java");
        Files.writeString(file, source(name, first, Math.min(methods, first + METHODS_PER_CLASS)));
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the generated workflows to " + root, e);
    }
    return files;
  }

  private static String source(String className, int from, int to) {
    StringBuilder source = new StringBuilder()
        .append("package ").append(PACKAGE).append(";\n\n")
        .append("import dev.resumable.Await;\n")
        .append("import dev.resumable.Resumable;\n")
        .append("import java.time.Duration;\n")
        .append("import java.util.ArrayList;\n")
        .append("import java.util.List;\n\n")
        .append("public class ").append(className).append(" {\n");
    for (int n = from; n < to; n++) {
      source.append(method(n));
    }
    return source.append("}\n").toString();
  }

  private static String method(int n) {
    return """

          @Resumable
          public static String approval%1$d(String requestId, int approvers) {
            List<String> approvedBy = new ArrayList<>();
            int total = 0;
            for (int i = 0; i < approvers; i++) {
              String approver = Await.event("approved-%1$d", String.class);
              approvedBy.add(approver);
              total += approver.length();
            }
            int amount = Await.event("amount", Integer.class);
            if (amount > %2$d) {
              Await.sleep(Duration.ofMinutes(%1$d + 1));
              String second = Await.event("second-opinion", String.class);
              approvedBy.add(second);
            } else {
              total += amount;
            }
            return requestId + " " + approvedBy + " " + total;
          }
        """.formatted(n, 1000 + n);
  }
}
