package dev.resumable.processor.debug;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import dev.resumable.processor.diag.Message;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Puts a source map into each generated state machine's class file once javac has written it, so
 * that a breakpoint on a line of a {@code @Resumable} method stops in the generated {@code run}
 * that executes it. javac cannot write the attribute itself, so this listens for the end of its
 * GENERATE phase, through public {@code com.sun.source} API only.
 */
public final class SourceMaps implements TaskListener {

  /** The nested class and constant where the frame writer records the line table. */
  private static final String TABLE_CLASS = "SourceLines";
  private static final String TABLE_FIELD = "TABLE";

  private final Filer filer;
  private final Messager messager;
  private final Map<String, Expected> expected = new ConcurrentHashMap<>();

  private record Expected(Path classFile, FrameSource frame) {}

  private SourceMaps(Filer filer, Messager messager) {
    this.filer = filer;
    this.messager = messager;
  }

  /** Listens to this compilation; none if the compiler is not javac, which has no such events. */
  public static SourceMaps install(ProcessingEnvironment env) {
    SourceMaps maps = new SourceMaps(env.getFiler(), env.getMessager());
    try {
      JavacTask.instance(env).addTaskListener(maps);
    } catch (IllegalArgumentException notJavac) {
      // Another compiler: its classes simply carry no source map.
    }
    return maps;
  }

  /**
   * Expects the class of a generated state machine. Its class file is edited only where it is a
   * file; a compiler that keeps classes in memory gets them as they are.
   */
  public void expect(String packageName, String frameSimpleName, String sourceFile) {
    String relative = frameSimpleName + ".class";
    URI uri;
    try {
      uri = filer.getResource(StandardLocation.CLASS_OUTPUT, packageName, relative).toUri();
    } catch (IOException | IllegalArgumentException e) {
      return;
    }
    if ("file".equals(uri.getScheme())) {
      String name = packageName.isEmpty() ? frameSimpleName : packageName + "." + frameSimpleName;
      expected.put(name, new Expected(Path.of(uri),
          FrameSource.of(packageName, sourceFile, frameSimpleName)));
    }
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() != TaskEvent.Kind.GENERATE || event.getTypeElement() == null) {
      return;
    }
    TypeElement type = event.getTypeElement();
    Expected frame = expected.remove(type.getQualifiedName().toString());
    String table = frame == null ? null : lineTableOf(type);
    if (table == null) {
      return;
    }
    try {
      byte[] original = Files.readAllBytes(frame.classFile());
      byte[] mapped = SourceDebugExtension.add(original, frame.frame(), LineTable.parse(table));
      if (mapped != original) {
        Files.write(frame.classFile(), mapped);
      }
    } catch (IOException | RuntimeException e) {
      // ASM refuses class files newer than it knows; the class still works, but unmapped.
      messager.printMessage(Diagnostic.Kind.WARNING, Message.NO_SOURCE_MAP.format(
          frame.classFile(), e, frame.frame().sourceFile()), type);
    }
  }

  private static String lineTableOf(TypeElement frame) {
    for (Element nested : frame.getEnclosedElements()) {
      if (nested.getKind() == ElementKind.CLASS
          && nested.getSimpleName().contentEquals(TABLE_CLASS)) {
        for (Element field : nested.getEnclosedElements()) {
          if (field instanceof VariableElement constant
              && field.getSimpleName().contentEquals(TABLE_FIELD)
              && constant.getConstantValue() instanceof String table) {
            return table;
          }
        }
      }
    }
    return null;
  }
}
