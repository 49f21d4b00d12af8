package dev.resumable.store.h2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Another JVM running a main class of these tests, talked to line by line over stdin/stdout. */
final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final BufferedReader stdout;
  private final Writer stdin;

  private ChildJvm(Process process) {
    this.process = process;
    this.stdout = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
  }

  /** Starts {@code main} on the classpath of the running tests; its stderr goes to ours. */
  static ChildJvm start(Class<?> main, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(
        List.of(java, "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    return new ChildJvm(process);
  }

  /** The next line the child printed; fails if it exited instead. */
  String readLine() throws IOException, InterruptedException {
    String line = stdout.readLine();
    if (line == null) {
      throw new AssertionError("the child JVM closed its output; exit code " + process.waitFor());
    }
    return line;
  }

  void send(String line) throws IOException {
    stdin.write(line + "\n");
    stdin.flush();
  }

  /** SIGKILL on Linux: no shutdown hooks, no H2 close, nothing flushed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  int waitForExit() throws InterruptedException {
    return process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
