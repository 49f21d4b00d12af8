package dev.resumable.processor.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;

/**
 * Compiles sample classes in package {@code sample} together with their generated copies, loads the
 * result, and compares how originals and copies behave.
 */
final class Copies {
  private static final String COPY_ANNOTATION_SOURCE =
      """
      package sample;

      import java.lang.annotation.*;

      @Retention(RetentionPolicy.RUNTIME)
      @Target(ElementType.METHOD)
      public @interface Copy {}
      """;
  private static final Pattern TYPE_NAME =
      Pattern.compile("(?m)^(?:public |abstract |final )*(?:class|interface|enum|record) (\\w+)");

  private Copies() {}

  /** Runs {@code processor} over the samples, without compiling them to class files. */
  static Compilation process(Processor processor, String... sources) {
    return Compiler.javac()
        .withProcessors(processor)
        .withOptions("-proc:only")
        .compile(files(sources));
  }

  /**
   * Copies the {@code @Copy} methods of the samples with {@code processor}, then compiles the
   * samples and their copies together and loads the result.
   */
  static ClassLoader compileAndLoad(CopyProcessor processor, String... sources) {
    Compilation processing = process(processor, sources);
    if (processing.status() != Compilation.Status.SUCCESS) {
      fail("Copying failed: " + processing.errors());
    }
    List<JavaFileObject> files = files(sources);
    for (JavaFile copy : processor.copies) {
      if (System.getProperty("printer.dump") != null) {
        System.out.println(copy);
      }
      files.add(copy.toJavaFileObject());
    }
    Compilation compilation = Compiler.javac().compile(files);
    if (compilation.status() != Compilation.Status.SUCCESS) {
      fail("Compiling the copies failed: " + compilation.errors());
    }
    return load(compilation);
  }

  private static List<JavaFileObject> files(String... sources) {
    List<JavaFileObject> files = new ArrayList<>();
    files.add(JavaFileObjects.forSourceString("sample.Copy", COPY_ANNOTATION_SOURCE));
    for (String source : sources) {
      Matcher name = TYPE_NAME.matcher(source);
      if (!name.find()) {
        throw new IllegalArgumentException("No top-level type in " + source);
      }
      files.add(JavaFileObjects.forSourceString("sample." + name.group(1), source));
    }
    return files;
  }

  static ClassLoader load(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String binaryName =
            path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length())
                .replace(".class", "")
                .replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(binaryName, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new ClassLoader(Copies.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }

  /**
   * One test per parameterless {@code @Copy} method of {@code sample.<className>}, for copies that
   * keep local names and for copies that rename every local.
   */
  static Stream<DynamicTest> eachCopyBehavesLikeOriginal(String className, String... sources) {
    return Stream.of(new KeepingRewrites(), new RenamingRewrites())
        .flatMap(
            rewrites -> {
              ClassLoader loaded = compileAndLoad(new CopyProcessor(() -> rewrites), sources);
              String variant = rewrites.getClass().getSimpleName() + " ";
              return eachCopyBehavesLikeOriginal(loaded, className, variant);
            });
  }

  private static Stream<DynamicTest> eachCopyBehavesLikeOriginal(
      ClassLoader loader, String className, String variant) {
    // The samples check themselves with assert statements.
    loader.setDefaultAssertionStatus(true);
    Class<?> original = loadClass(loader, "sample." + className);
    return Arrays.stream(original.getDeclaredMethods())
        .filter(m -> m.getParameterCount() == 0 && isCopied(m))
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .map(
            m ->
                DynamicTest.dynamicTest(
                    variant + className + "." + m.getName(),
                    () -> assertSameBehaviour(loader, className, m.getName())));
  }

  /**
   * Runs the original method on one fresh instance and the copy on another, and compares the
   * results (or exceptions) and the instances' fields afterwards.
   */
  static void assertSameBehaviour(
      ClassLoader loader, String className, String methodName, Object... args) {
    Class<?> original = loadClass(loader, "sample." + className);
    Class<?> copy = loadClass(loader, "sample." + className + "_" + methodName);
    Method method = declaredMethod(original, methodName);
    Method run = declaredMethod(copy, "run");
    Object originalTarget = newInstance(original);
    String expected = outcome(() -> method.invoke(originalTarget, args));
    String expectedState = state(originalTarget);
    Object copyTarget = newInstance(original);
    Object[] runArgs = new Object[args.length + 1];
    runArgs[0] = copyTarget;
    System.arraycopy(args, 0, runArgs, 1, args.length);
    String actual = outcome(() -> run.invoke(null, runArgs));
    assertEquals(expected, actual, "result of " + className + "." + methodName);
    assertEquals(expectedState, state(copyTarget), "state after " + className + "." + methodName);
  }

  /** Runs only the copy, for tests whose rewrites change behaviour on purpose. */
  static String runCopy(ClassLoader loader, String className, String methodName, Object... args) {
    Class<?> original = loadClass(loader, "sample." + className);
    Method run = declaredMethod(loadClass(loader, "sample." + className + "_" + methodName), "run");
    Object[] runArgs = new Object[args.length + 1];
    runArgs[0] = newInstance(original);
    System.arraycopy(args, 0, runArgs, 1, args.length);
    return outcome(() -> run.invoke(null, runArgs));
  }

  private static boolean isCopied(Method method) {
    return Arrays.stream(method.getAnnotations())
        .anyMatch(a -> a.annotationType().getName().equals(AttributingProcessor.COPY_ANNOTATION));
  }

  private interface Invocation {
    Object invoke() throws Exception;
  }

  private static String outcome(Invocation invocation) {
    try {
      return "returned " + describe(invocation.invoke());
    } catch (InvocationTargetException e) {
      Throwable thrown = e.getCause();
      return "threw " + thrown.getClass().getName() + ": " + thrown.getMessage();
    } catch (Exception e) {
      throw new AssertionError("Could not invoke", e);
    }
  }

  private static String state(Object target) {
    StringBuilder out = new StringBuilder();
    for (Class<?> c = target.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          try {
            out.append(field.getName()).append('=').append(describe(field.get(target))).append(' ');
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    return out.toString();
  }

  private static String describe(Object value) {
    return Arrays.deepToString(new Object[] {value});
  }

  private static Class<?> loadClass(ClassLoader loader, String name) {
    try {
      return Class.forName(name, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("Missing class " + name, e);
    }
  }

  private static Method declaredMethod(Class<?> type, String name) {
    for (Method method : type.getDeclaredMethods()) {
      if (method.getName().equals(name)) {
        method.setAccessible(true);
        return method;
      }
    }
    throw new AssertionError("No method " + name + " in " + type);
  }

  private static Object newInstance(Class<?> type) {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("Cannot instantiate " + type, e);
    }
  }
}
