package dev.resumable.processor.validation;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.resumable.processor.diag.Message;
import dev.resumable.processor.diag.Reporter;
import dev.resumable.processor.model.StepSpec;
import dev.resumable.processor.transform.StepAnnotations;
import dev.resumable.processor.transform.SuspensionCalls;
import dev.resumable.processor.types.PersistableTypes;
import dev.resumable.processor.types.TypeVariables;
import java.time.Duration;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Checks a call of a {@code @Step} method in a {@code @Resumable} one: that the engine can call
 * it again after a restart from what it stores (its declaration, arguments, result and policy)
 * and that the receiver it is called on exists then too.
 */
final class StepCallValidator {

  private final Trees trees;
  private final Elements elements;
  private final PersistableTypes persistable;
  private final Reporter reporter;

  StepCallValidator(Trees trees, Elements elements, PersistableTypes persistable,
      Reporter reporter) {
    this.trees = trees;
    this.elements = elements;
    this.persistable = persistable;
    this.reporter = reporter;
  }

  void validate(TreePath call) {
    ExecutableElement step = (ExecutableElement) trees.getElement(call);
    String name = step.getEnclosingElement().getSimpleName() + "." + step.getSimpleName();
    if (SuspensionCalls.isResumable(step)) {
      reporter.error(call, Message.STEP_AND_RESUMABLE, name);
      return;
    }
    if (!step.getTypeParameters().isEmpty() || step.isVarArgs()) {
      reporter.error(call, Message.STEP_SIGNATURE, name,
          step.isVarArgs() ? "varargs" : "generic");
      return;
    }
    StepSpec spec = StepAnnotations.read(step, elements);
    for (int i = 0; i < spec.parameterTypes().size(); i++) {
      checkStored(call, "parameter '" + step.getParameters().get(i).getSimpleName() + "'", name,
          spec.parameterTypes().get(i));
    }
    if (spec.resultType().getKind() != TypeKind.VOID) {
      checkStored(call, "result", name, spec.resultType());
    }
    String policy = policyProblem(spec);
    if (policy != null) {
      reporter.error(call, Message.STEP_POLICY, name, policy);
    }
    checkReceiver(call, name);
  }

  private void checkStored(TreePath call, String what, String name, TypeMirror type) {
    String why = TypeVariables.mentionedIn(type) ? "it names a type variable"
        : persistable.whyNot(type);
    if (why != null) {
      reporter.error(call, Message.STEP_NOT_PERSISTABLE, what, name, type, why);
    }
  }

  private static String policyProblem(StepSpec spec) {
    if (spec.transactional() && !spec.attemptTimeout().isEmpty()) {
      return "transactional = true cannot go with attemptTimeout: a transactional step runs on"
          + " the engine's thread inside the checkpoint's transaction, which an abandoned attempt"
          + " would hold open; remove attemptTimeout (a deadline still bounds when attempts"
          + " start)";
    }
    if (spec.maxAttempts() < 1) {
      return "maxAttempts is " + spec.maxAttempts() + "; it counts the first attempt, so make it"
          + " at least 1";
    }
    if (!(spec.multiplier() >= 1.0) || Double.isInfinite(spec.multiplier())) {
      return "backoffMultiplier is " + spec.multiplier() + "; make it a finite number of at least"
          + " 1";
    }
    String[][] durations = {{"initialBackoff", spec.initialBackoff()},
        {"maxBackoff", spec.maxBackoff()}, {"attemptTimeout", spec.attemptTimeout()},
        {"deadline", spec.deadline()}};
    for (String[] d : durations) {
      if (d[1].isEmpty() && (d[0].equals("attemptTimeout") || d[0].equals("deadline"))) {
        continue;
      }
      Duration parsed = StepAnnotations.parse(d[1]);
      if (parsed == null || parsed.isNegative()) {
        return d[0] + " is \"" + d[1] + "\", not an ISO-8601 duration of zero or more; write"
            + " e.g. \"PT2S\" or \"PT5M\"";
      }
    }
    return null;
  }

  /** The receiver is evaluated when an attempt runs: it may use fields, never locals or calls. */
  private void checkReceiver(TreePath call, String name) {
    Tree select = ((MethodInvocationTree) call.getLeaf()).getMethodSelect();
    if (!(select instanceof MemberSelectTree member)) {
      return; // an implicit this, or a static import
    }
    TreePath receiver = new TreePath(new TreePath(call, select), member.getExpression());
    boolean[] usesLocal = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        Element element = trees.getElement(getCurrentPath());
        if (element != null && (element.getKind() == ElementKind.LOCAL_VARIABLE
            || element.getKind() == ElementKind.PARAMETER
            || element.getKind() == ElementKind.EXCEPTION_PARAMETER
            || element.getKind() == ElementKind.RESOURCE_VARIABLE)) {
          usesLocal[0] = true;
        }
        return null;
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        usesLocal[0] = true;
        return null;
      }
    }.scan(receiver, null);
    if (usesLocal[0] || !(member.getExpression() instanceof IdentifierTree
        || member.getExpression() instanceof MemberSelectTree)) {
      reporter.error(call, Message.STEP_RECEIVER, name, member.getExpression());
    }
  }
}
