package dev.resumable.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged tool, {@code java -jar resumable-cli-VERSION-all.jar}, as its own process. */
final class CliProcess {

  private static final long TIMEOUT_SECONDS = 60;

  /** The shaded jar, and the test application's classes, as the build names them. */
  static final Path JAR = Path.of(System.getProperty("resumable.cli.jar"));
  static final Path APPLICATION = Path.of(System.getProperty("resumable.cli.application"));

  private CliProcess() {}

  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /**
   * The tool's standard error without the lines the JVM itself writes there: from JDK 24 on, the
   * JVM warns on first use of sun.misc.Unsafe by protobuf, in lines starting "WARNING: ". The
   * tool's own lines start with "resumable: ", and those are what the tests hold it to.
   */
  private static String withoutJvmWarnings(String err) {
    return err.lines().filter(line -> !line.startsWith("WARNING: "))
        .map(line -> line + "\n").collect(java.util.stream.Collectors.joining());
  }

  static Result run(String... args) throws IOException, InterruptedException {
    return runWithInput(null, args);
  }

  /** Runs the tool with {@code input} on its standard input (none if null). */
  static Result runWithInput(String input, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // a short-lived tool: the quick compiler and the small collector start it soonest
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    // Files, not pipes: a hung tool must not hang the test past its timeout.
    Path out = Files.createTempFile("cli", ".out");
    Path err = Files.createTempFile("cli", ".err");
    Path in = Files.createTempFile("cli", ".in");
    try {
      Files.writeString(in, input == null ? "" : input);
      Process process = new ProcessBuilder(command).redirectInput(in.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("resumable " + String.join(" ", args) + " did not exit within "
            + TIMEOUT_SECONDS + " s; its output:\n" + Files.readString(out) + Files.readString(err));
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          withoutJvmWarnings(Files.readString(err, StandardCharsets.UTF_8)));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      Files.deleteIfExists(in);
    }
  }
}
