package dev.resumable.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class in a separate JVM on this test's class path and collects its output. */
public final class JavaProcess {

  /** How long a child may run before it is killed and the test fails. */
  private static final long TIMEOUT_MINUTES = 2;

  private JavaProcess() {}

  public record Result(int exitCode, String output) {}

  public static Result run(Path store, String mainClass, String... args)
      throws IOException, InterruptedException {
    return run(List.of("-Dresumable.store=" + store), mainClass, args);
  }

  /** Runs {@code mainClass} with {@code jvmOptions} (system properties, logging) before it. */
  public static Result run(List<String> jvmOptions, String mainClass, String... args)
      throws IOException, InterruptedException {
    return run(command(jvmOptions, mainClass, args), mainClass);
  }

  /** Runs {@code mainClass} with {@code classesFirst} before this test's class path. */
  public static Result runWith(List<Path> classesFirst, String mainClass, String... args)
      throws IOException, InterruptedException {
    return run(command(List.of(), classesFirst, mainClass, args), mainClass);
  }

  private static Result run(List<String> command, String mainClass)
      throws IOException, InterruptedException {
    // The output goes to a file, not a pipe: reading a pipe to its end would wait for a hung
    // child forever, and the timeout below would never be reached.
    Path output = Files.createTempFile("child-jvm", ".out");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(output.toFile()).start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("child JVM " + mainClass + " did not exit within "
            + TIMEOUT_MINUTES + " minutes and was killed; its output:\n" + read(output));
      }
      return new Result(process.exitValue(), read(output));
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static String read(Path output) throws IOException {
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  /**
   * The command line of a JVM like this one, on this test's class path, that runs {@code
   * mainClass} with {@code jvmOptions} before it.
   */
  public static List<String> command(List<String> jvmOptions, String mainClass, String... args) {
    return command(jvmOptions, List.of(), mainClass, args);
  }

  /**
   * The command line of a JVM like this one whose class path has {@code classesFirst} before this
   * test's, e.g. classes compiled by a test, that runs {@code mainClass}.
   */
  public static List<String> command(List<String> jvmOptions, List<Path> classesFirst,
      String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    List<String> classPath = new ArrayList<>();
    classesFirst.forEach(p -> classPath.add(p.toString()));
    classPath.add(System.getProperty("java.class.path"));
    command.add(String.join(java.io.File.pathSeparator, classPath));
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }
}
