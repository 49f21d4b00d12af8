package dev.resumable.processor.validation;

import dev.resumable.processor.diag.Message;
import dev.resumable.processor.diag.Reporter;
import dev.resumable.processor.model.FrameShape;
import dev.resumable.processor.model.MethodModel;
import dev.resumable.processor.schema.CommittedSchemas;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Holds each method to its committed schema before anything is written for it: a change that
 * would strand waiting instances is an error on the method, with a diff, unless the build accepts
 * it deliberately. Once the build is over, refuses methods removed from a committed class and
 * rewrites the files of the classes that changed compatibly.
 */
public final class SchemaValidator {

  private final CommittedSchemas schemas;
  private final boolean acceptStranding;
  private final Reporter reporter;
  private final Messager messager;
  private final Map<String, TypeElement> classes = new HashMap<>();

  public SchemaValidator(CommittedSchemas schemas, boolean acceptStranding, Reporter reporter,
      Messager messager) {
    this.schemas = schemas;
    this.acceptStranding = acceptStranding;
    this.reporter = reporter;
    this.messager = messager;
  }

  public void validate(ExecutableElement method, MethodModel model) {
    TypeElement owner = model.owner();
    String className = owner.getQualifiedName().toString();
    classes.putIfAbsent(className, owner);
    FrameShape shape = FrameShape.of(model);
    FrameShape committed;
    try {
      committed = schemas.committed(className, model.methodKey());
    } catch (RuntimeException e) {
      reporter.error(method, Message.SCHEMA_UNREADABLE, schemas.fileOf(className), e.getMessage());
      schemas.refuse(className);
      return;
    }
    if (committed != null && !acceptStranding) {
      List<String> diff = SchemaCheck.strandingChanges(committed, shape);
      if (!diff.isEmpty()) {
        reporter.error(method, Message.SCHEMA_STRANDS, model.methodKey(),
            schemas.fileOf(className), "  method " + model.methodKey() + "\n"
                + String.join("\n", diff));
        schemas.refuse(className);
        return;
      }
    }
    schemas.compiled(className, shape);
  }

  /**
   * A method of this class did not compile: the class's committed schema stays as it is, since
   * this build does not know that method's points.
   */
  public void failed(ExecutableElement method) {
    if (method.getEnclosingElement() instanceof TypeElement owner) {
      schemas.refuse(owner.getQualifiedName().toString());
    }
  }

  /** Called once the build is over, if it had no errors and compiled every method. */
  public void finish() {
    for (var entry : schemas.compiledClasses().entrySet()) {
      if (acceptStranding) {
        break;
      }
      if (schemas.isRefused(entry.getKey())) {
        continue;
      }
      for (String key : schemas.committedOf(entry.getKey()).keySet()) {
        if (!entry.getValue().containsKey(key)) {
          messager.printMessage(Diagnostic.Kind.ERROR,
              Message.SCHEMA_METHOD_REMOVED.format(key, schemas.fileOf(entry.getKey())),
              classes.get(entry.getKey()));
          schemas.refuse(entry.getKey());
        }
      }
    }
    try {
      schemas.writeChanged();
    } catch (IOException e) {
      messager.printMessage(Diagnostic.Kind.ERROR,
          Message.SCHEMA_UNWRITABLE.format(e.getMessage()));
    }
  }
}
