package dev.resumable.bench;

import com.google.protobuf.Message;
import com.palantir.javapoet.JavaFile;
import dev.resumable.Await;
import dev.resumable.processor.ResumableProcessor;
import dev.resumable.proto.InstanceRecord;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P6: javac, in process through javax.tools, compiling the same {@code @Resumable} sources with
 * the processor and the javac plugin, as a project's build does, and without any processor.
 * javac warms up over the warm-up compilations, as it does in a long-lived build daemon.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 4)
@Fork(2)
public class P6CompileBenchmark {

  @Param("200")
  public int methods;

  Path directory;
  List<Path> sources;
  Path output;
  int compilations;

  @Setup(Level.Trial)
  public void writeSources() {
    directory = BenchFiles.freshDirectory("p6");
    sources = GeneratedWorkflows.write(directory.resolve("src"), methods);
  }

  /** Each compilation writes to a new directory, so none finds the classes of the one before. */
  @Setup(Level.Invocation)
  public void newOutput() throws IOException {
    output = Files.createDirectories(directory.resolve("out-" + ++compilations));
  }

  @TearDown(Level.Trial)
  public void deleteSources() {
    BenchFiles.delete(directory);
  }

  @Benchmark
  public int withProcessor() throws IOException {
    Path generated = Files.createDirectories(output.resolve("generated"));
    return compile(List.of(
        "-processorpath", pathOf(ResumableProcessor.class, JavaFile.class),
        "-processor", ResumableProcessor.class.getName(),
        "-Xplugin:Resumable",
        "-s", generated.toString()));
  }

  @Benchmark
  public int withoutProcessor() {
    return compile(List.of("-proc:none"));
  }

  /** Compiles the sources; returns how many class files it wrote. */
  private int compile(List<String> processing) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(List.of(
        "--release", "17",
        "-classpath", pathOf(Await.class, InstanceRecord.class, Message.class),
        "-d", output.toString()));
    options.addAll(processing);
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      if (!compiled) {
        throw new IllegalStateException("javac failed on the generated workflows: "
            + diagnostics.getDiagnostics());
      }
      try (var written = Files.walk(output)) {
        return (int) written.filter(f -> f.toString().endsWith(".class")).count();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A class path of the jars or directories these classes were loaded from. */
  private static String pathOf(Class<?>... classes) {
    List<String> entries = new ArrayList<>();
    for (Class<?> type : classes) {
      try {
        entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("cannot locate the classes of " + type, e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
