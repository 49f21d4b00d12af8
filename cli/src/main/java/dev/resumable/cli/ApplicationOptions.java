package dev.resumable.cli;

import dev.resumable.Engine;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The application whose instances a command reads or runs. Its workflow classes (with the
 * generated state machines) and payload classes come from {@code --classpath}; objects its
 * instance {@code @Resumable} methods run on come from a {@code --setup} class of its own.
 */
final class ApplicationOptions {

  @Option(names = {"--classpath", "-cp"}, paramLabel = "PATH",
      description = "The application's jars and class directories, separated by ':'"
          + " (';' on Windows): its workflows, their state machines and payload types.")
  String classpath;

  @Option(names = "--setup", paramLabel = "CLASS",
      description = "A public class of the application with a no-argument constructor that"
          + " implements java.util.function.Consumer<dev.resumable.Engine.Builder>; it is given"
          + " the tool's engine builder to register receivers, as the application's own start-up"
          + " does.")
  String setup;

  boolean given() {
    return classpath != null;
  }

  /** A loader over {@code --classpath}, or the tool's own if none was given. */
  ClassLoader classLoader() {
    if (classpath == null) {
      return ResumableCli.class.getClassLoader();
    }
    List<URL> urls = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Path.of(entry);
      if (!Files.exists(path)) {
        throw new CliException(ExitCode.USAGE, "--classpath names " + path + ", which does not"
            + " exist");
      }
      try {
        urls.add(path.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new CliException(ExitCode.USAGE, "--classpath entry " + path + " is not a usable"
            + " path: " + e.getMessage());
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ResumableCli.class.getClassLoader());
  }

  /** Hands {@code builder} to the {@code --setup} class, if one was named. */
  void configure(Engine.Builder builder, ClassLoader loader) {
    if (setup == null) {
      return;
    }
    Class<?> type;
    try {
      type = Class.forName(setup, true, loader);
    } catch (ClassNotFoundException e) {
      throw new CliException(ExitCode.APPLICATION_MISSING, "--setup names " + setup
          + ", which is not on " + (given() ? "--classpath " + classpath : "the class path; pass"
          + " the application's jar with --classpath"));
    }
    if (!Consumer.class.isAssignableFrom(type)) {
      throw new CliException(ExitCode.USAGE, "--setup class " + setup + " must implement"
          + " java.util.function.Consumer<dev.resumable.Engine.Builder>");
    }
    Consumer<Engine.Builder> configurer;
    try {
      @SuppressWarnings("unchecked") // checked above; its type argument is erased
      Consumer<Engine.Builder> instance =
          (Consumer<Engine.Builder>) type.getConstructor().newInstance();
      configurer = instance;
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new CliException(ExitCode.APPLICATION_MISSING, "could not create --setup class "
          + setup + " with its public no-argument constructor: " + e, e);
    }
    configurer.accept(builder);
  }

  /** The advice to add to a failure that may come from classes not given. */
  String missingClassesHint() {
    return given() ? "" : "; pass the application's jars and classes with --classpath";
  }
}
