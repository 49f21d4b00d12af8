package dev.resumable.it.upgrade;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles one version of some workflows with the real processor and the javac plugin, as a
 * user's build would, into a directory of its own.
 */
final class TwoCompilations {

  private TwoCompilations() {}

  /** What javac said, and whether it succeeded. */
  record Result(boolean success, String diagnostics) {}

  /** Compiles {@code sources} (path under the source root to text) into {@code classes}. */
  static Result compile(Map<String, String> sources, Path classes, List<String> options)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach((path, text) -> files.add(new Source(path, text)));
    // The processor named, not discovered: from JDK 23 on javac runs no processor it merely
    // finds on the class path.
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(),
        "-cp", System.getProperty("java.class.path"), "-Xplugin:Resumable", "-Xlint:none",
        "-processor", "dev.resumable.processor.ResumableProcessor"));
    arguments.addAll(options);
    java.nio.file.Files.createDirectories(classes);
    StringWriter diagnostics = new StringWriter();
    boolean success = javac.getTask(diagnostics, null, null, arguments, null, files).call();
    return new Result(success, diagnostics.toString());
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String path, String text) {
      super(URI.create("string:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
