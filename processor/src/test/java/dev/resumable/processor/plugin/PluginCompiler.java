package dev.resumable.processor.plugin;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.resumable.processor.ResumableProcessor;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Compiles inline sources with {@code -Xplugin:Resumable}. javac loads plugins with a
 * ServiceLoader over the processor path, or the class path when there is none, as here: the test
 * class path holds the compiled plugin and its {@code META-INF/services} entry.
 */
final class PluginCompiler {

  private static final String PLUGIN = "-Xplugin:Resumable";

  private PluginCompiler() {}

  /** A class {@code test.Flow} with the usual imports around {@code body}. */
  static JavaFileObject flow(String body) {
    return dev.resumable.processor.Sources.flow(body);
  }

  static JavaFileObject file(String qualifiedName, String source) {
    return JavaFileObjects.forSourceString(qualifiedName, source);
  }

  /** The plugin with the processor, as a user's build runs them; lint as strict as theirs. */
  static Compilation withProcessor(JavaFileObject... files) {
    return javac().withOptions(PLUGIN, "-Xlint:all", "-Xlint:-processing")
        .withProcessors(new ResumableProcessor()).compile(files);
  }

  /** Adds {@code options}, e.g. to let javac go on after errors as Error Prone setups do. */
  static Compilation withProcessor(List<String> options, JavaFileObject... files) {
    List<String> all = new ArrayList<>(options);
    all.add(PLUGIN);
    return javac().withOptions(all).withProcessors(new ResumableProcessor()).compile(files);
  }

  /**
   * The plugin alone. compile-testing always passes javac an explicit processor list, empty here,
   * so the processor on the class path is not discovered.
   */
  static Compilation pluginOnly(JavaFileObject... files) {
    return javac().withOptions(PLUGIN).compile(files);
  }
}
