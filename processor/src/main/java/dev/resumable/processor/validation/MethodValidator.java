package dev.resumable.processor.validation;

import dev.resumable.processor.diag.Message;
import dev.resumable.processor.diag.Reporter;
import dev.resumable.processor.types.PersistableTypes;
import dev.resumable.processor.types.TypeVariables;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/** Checks a {@code @Resumable} method's declaration, before its body is looked at. */
public final class MethodValidator {

  private final Reporter reporter;
  private final PersistableTypes persistable;

  public MethodValidator(Reporter reporter, PersistableTypes persistable) {
    this.reporter = reporter;
    this.persistable = persistable;
  }

  public void validate(ExecutableElement method) {
    String name = method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
    if (method.getModifiers().contains(Modifier.ABSTRACT)) {
      reporter.error(method, Message.ABSTRACT_METHOD, name);
    }
    if (method.getModifiers().contains(Modifier.NATIVE)) {
      reporter.error(method, Message.NATIVE_METHOD, name);
    }
    if (method.getModifiers().contains(Modifier.SYNCHRONIZED)) {
      reporter.error(method, Message.SYNCHRONIZED_METHOD, name);
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    String ownerProblem = ownerProblem(owner);
    if (ownerProblem != null) {
      reporter.error(method, Message.UNSUPPORTED_OWNER, name, ownerProblem);
    }
    if (method.getReturnType().getKind() != TypeKind.VOID
        && !TypeVariables.mentionedIn(method.getReturnType())) {
      String why = persistable.whyNot(method.getReturnType());
      if (why != null) {
        reporter.error(method, Message.RESULT_NOT_PERSISTABLE, method.getReturnType(), name, why);
      }
    }
  }

  private static String ownerProblem(TypeElement owner) {
    if (owner.getKind() == ElementKind.INTERFACE || owner.getKind() == ElementKind.ANNOTATION_TYPE) {
      return "an interface";
    }
    if (!owner.getTypeParameters().isEmpty()) {
      return "a generic class";
    }
    if (owner.getNestingKind() == NestingKind.LOCAL
        || owner.getNestingKind() == NestingKind.ANONYMOUS) {
      return "a local or anonymous class";
    }
    if (owner.getNestingKind() == NestingKind.MEMBER
        && owner.getEnclosingElement() instanceof TypeElement outer) {
      return ownerProblem(outer);
    }
    return null;
  }
}
