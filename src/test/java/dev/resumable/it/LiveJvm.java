package dev.resumable.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A child JVM the test reads line by line while it runs, and may kill -9 at any point. The
 * drills that use it bound themselves with a JUnit timeout on a separate thread, so a child that
 * hangs fails the test instead of holding up the build.
 */
final class LiveJvm implements AutoCloseable {

  private final Process process;
  private final BufferedReader stdout;

  private LiveJvm(Process process) {
    this.process = process;
    this.stdout = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Starts {@code main} on the class path of the running tests; its stderr goes to ours. */
  static LiveJvm start(Class<?> main, String... args) throws IOException {
    // A child that is killed after a second or two spends most of its life starting up: the
    // quick compiler and the serial collector start faster.
    List<String> command = JavaProcess.command(
        List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), main.getName(), args);
    return new LiveJvm(new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start());
  }

  /** The next line the child printed; fails if it exited instead. */
  String readLine() throws IOException, InterruptedException {
    String line = stdout.readLine();
    if (line == null) {
      throw new AssertionError("the child JVM closed its output; exit code " + process.waitFor());
    }
    return line;
  }

  /**
   * SIGKILL, then the lines the child printed before it died, still in the pipe ({@link #kill}
   * closes the pipe: Process.destroyForcibly does; its ProcessHandle only signals).
   */
  List<String> killAndReadTheRest() throws IOException, InterruptedException {
    process.toHandle().destroyForcibly();
    List<String> lines = new java.util.ArrayList<>();
    for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
      lines.add(line);
    }
    process.waitFor();
    return lines;
  }

  /** SIGKILL on Linux: no shutdown hooks, no H2 close, nothing flushed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
