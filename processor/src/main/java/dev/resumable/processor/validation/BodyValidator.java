package dev.resumable.processor.validation;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.resumable.processor.diag.Message;
import dev.resumable.processor.diag.Reporter;
import dev.resumable.processor.transform.IteratedSource;
import dev.resumable.processor.transform.PointIds;
import dev.resumable.processor.transform.ResumableAnnotation;
import dev.resumable.processor.transform.SuspensionCalls;
import dev.resumable.processor.types.PersistableTypes;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks an attributed method body: every suspension point stands where this version of the
 * transform can take it apart, and nothing in the body needs access the generated class lacks.
 */
public final class BodyValidator {

  private final Trees trees;
  private final Types types;
  private final Elements elements;
  private final PersistableTypes persistable;
  private final SuspensionCalls calls;
  private final Reporter reporter;
  private final LocalTypeValidator localTypes;
  private final StepCallValidator steps;
  private final StoredValueCheck storedValues;
  /** Whether the method being validated says it computes event names at run time. */
  private boolean computedNamesAllowed;
  private Tree method;
  private Element workflowClass;

  public BodyValidator(Trees trees, Types types, Elements elements, SuspensionCalls calls,
      PersistableTypes persistable, Reporter reporter) {
    this.trees = trees;
    this.types = types;
    this.elements = elements;
    this.persistable = persistable;
    this.calls = calls;
    this.reporter = reporter;
    this.localTypes = new LocalTypeValidator(trees, reporter);
    this.steps = new StepCallValidator(trees, elements, persistable, reporter);
    this.storedValues = new StoredValueCheck(persistable, reporter);
  }

  public void validate(TreePath methodPath) {
    this.method = methodPath.getLeaf();
    this.computedNamesAllowed = ResumableAnnotation.computedEventNames(
        (ExecutableElement) trees.getElement(methodPath));
    this.workflowClass = trees.getElement(methodPath).getEnclosingElement();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        SuspensionCalls.Kind kind = calls.kindOf(getCurrentPath());
        if (kind != null) {
          checkSuspension(getCurrentPath(), kind);
        }
        if (SuspensionCalls.isBranchStart(trees.getElement(getCurrentPath()))) {
          checkBranch(getCurrentPath());
        }
        if (SuspensionCalls.isUndoRegistration(trees.getElement(getCurrentPath()))) {
          checkUndo(getCurrentPath());
        }
        if (isEventWait(trees.getElement(getCurrentPath()))) {
          checkPayloadType(getCurrentPath());
          checkEventName(getCurrentPath());
        }
        if (kind == SuspensionCalls.Kind.FIRST && !computedNamesAllowed) {
          checkFirstWaitsInPlace(getCurrentPath());
        }
        return super.visitMethodInvocation(node, unused);
      }

      @Override
      public Void visitInstanceOf(InstanceOfTree node, Void unused) {
        checkPattern(getCurrentPath());
        return super.visitInstanceOf(node, unused);
      }

      @Override
      public Void visitMethod(com.sun.source.tree.MethodTree node, Void unused) {
        // An anonymous class cannot declare a constructor: javac synthesized this one.
        return node.getName().contentEquals("<init>") ? null : super.visitMethod(node, unused);
      }

      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        checkAccess(getCurrentPath(), node.getName().contentEquals("super"));
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree node, Void unused) {
        checkAccess(getCurrentPath(), node.getExpression() instanceof IdentifierTree id
            && id.getName().contentEquals("super"));
        return super.visitMemberSelect(node, unused);
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree node, Void unused) {
        Element target = trees.getElement(getCurrentPath());
        if (target instanceof javax.lang.model.element.ExecutableElement method
            && SuspensionCalls.kindOf(method) != null) {
          reporter.error(getCurrentPath(), Message.SUSPEND_IN_LAMBDA);
        }
        checkAccess(getCurrentPath(), false);
        return super.visitMemberReference(node, unused);
      }

      @Override
      public Void visitNewClass(NewClassTree node, Void unused) {
        checkAccess(getCurrentPath(), false);
        return super.visitNewClass(node, unused);
      }
    }.scan(new TreePath(methodPath, ((com.sun.source.tree.MethodTree) methodPath.getLeaf())
        .getBody()), null);
    localTypes.check(methodPath);
  }

  /**
   * {@code saga.onUndo(() -> step(args))}: in the method's own body, and a lambda that is exactly
   * one call of a {@code @Step} method, which is then checked as a step's call is.
   */
  private void checkUndo(TreePath registration) {
    for (TreePath p = registration.getParentPath(); p.getLeaf() != method; p = p.getParentPath()) {
      if (p.getLeaf() instanceof LambdaExpressionTree || p.getLeaf() instanceof ClassTree) {
        reporter.error(registration, Message.UNDO_FORM, "it stands inside a lambda or class");
        return;
      }
    }
    Tree argument = ((MethodInvocationTree) registration.getLeaf()).getArguments().get(0);
    if (!(argument instanceof LambdaExpressionTree lambda)) {
      reporter.error(registration, Message.UNDO_FORM, "`" + argument + "` is not a lambda");
      return;
    }
    if (!(lambda.getBody() instanceof MethodInvocationTree)) {
      reporter.error(registration, Message.UNDO_FORM, "the lambda's body is not one call");
      return;
    }
    TreePath call = new TreePath(new TreePath(registration, lambda), lambda.getBody());
    if (!(trees.getElement(call) instanceof ExecutableElement step)
        || !SuspensionCalls.isStep(step)) {
      reporter.error(registration, Message.UNDO_FORM, "`" + lambda.getBody() + "` is not a call"
          + " of a @Step method");
      return;
    }
    steps.validate(call);
  }

  private void checkSuspension(TreePath call, SuspensionCalls.Kind kind) {
    MethodInvocationTree invocation = (MethodInvocationTree) call.getLeaf();
    Tree payloadType = invocation.getArguments().isEmpty() ? null
        : invocation.getArguments().get(invocation.getArguments().size() - 1);
    if (kind == SuspensionCalls.Kind.EVENT && !isClassLiteral(payloadType)) {
      reporter.error(call, payloadType, Message.EVENT_TYPE_NOT_LITERAL);
    }
    if (kind == SuspensionCalls.Kind.ALL) {
      for (Tree argument : invocation.getArguments()) {
        if (!isWaitWrittenInPlace(call, argument)) {
          reporter.error(call, argument, Message.ALL_WAITS_IN_PLACE);
        }
      }
    }
    if (!checkContext(call)) {
      return;
    }
    if (kind == SuspensionCalls.Kind.STEP) {
      steps.validate(call);
    }
    Tree child = call.getLeaf();
    for (TreePath p = call.getParentPath(); p.getLeaf() != method; child = p.getLeaf(),
        p = p.getParentPath()) {
      Tree t = p.getLeaf();
      switch (t.getKind()) {
        case TRY:
          if (!((TryTree) t).getResources().isEmpty()) {
            reporter.error(call, Message.RESOURCE_ACROSS_WAIT);
            return;
          }
          break;
        case ASSERT:
          reporter.error(call, Message.UNSUPPORTED_STATEMENT, describe(t));
          return;
        case ENHANCED_FOR_LOOP:
          if (((EnhancedForLoopTree) t).getStatement() == child) {
            checkIterable(p);
          }
          break;
        default:
          // The exploder evaluates a compound assignment's target, then its value, only where
          // the assignment is a whole statement.
          if (t instanceof CompoundAssignmentTree
              && !(p.getParentPath().getLeaf() instanceof ExpressionStatementTree)) {
            reporter.error(call, Message.UNSUPPORTED_POSITION, call.getLeaf());
            return;
          }
      }
    }
  }

  /**
   * Whether the call stands where the method's own code runs: not in a lambda, class body or
   * synchronized block, however deep. Checked before positions, so that a wait in a compound
   * assignment in a lambda is reported as being in the lambda.
   */
  private boolean checkContext(TreePath call) {
    for (TreePath p = call.getParentPath(); p.getLeaf() != method; p = p.getParentPath()) {
      switch (p.getLeaf().getKind()) {
        case LAMBDA_EXPRESSION:
        case MEMBER_REFERENCE:
          reporter.error(call, Message.SUSPEND_IN_LAMBDA);
          return false;
        case CLASS:
          reporter.error(call, Message.SUSPEND_IN_CLASS);
          return false;
        case SYNCHRONIZED:
          reporter.error(call, Message.SUSPEND_IN_SYNCHRONIZED);
          return false;
        default:
          break;
      }
    }
    return true;
  }

  /**
   * Await.branch takes a @Resumable call whose arguments do not wait, in the method body; a
   * {@code void} one in a lambda, {@code () -> call}, since Java cannot pass a void expression.
   */
  private void checkBranch(TreePath start) {
    Tree argument = ((MethodInvocationTree) start.getLeaf()).getArguments().get(0);
    TreePath call = SuspensionCalls.branchedCall(start);
    if (call == null || !SuspensionCalls.isResumable(trees.getElement(call))) {
      reporter.error(start, argument, Message.BRANCH_NEEDS_CALL, argument);
      return;
    }
    boolean isVoid = ((ExecutableElement) trees.getElement(call)).getReturnType().getKind()
        == TypeKind.VOID;
    boolean inLambda = call.getParentPath().getLeaf() != start.getLeaf();
    if (isVoid != inLambda) {
      reporter.error(start, argument, isVoid ? Message.VOID_BRANCH_NEEDS_LAMBDA
          : Message.VALUE_BRANCH_IN_LAMBDA, call.getLeaf());
      return;
    }
    MethodInvocationTree invocation = (MethodInvocationTree) call.getLeaf();
    for (Tree each : invocation.getArguments()) {
      if (calls.containsSuspension(new TreePath(call, each))) {
        reporter.error(start, each, Message.BRANCH_ARGUMENT_WAITS);
      }
    }
    for (TreePath p = start.getParentPath(); p.getLeaf() != method; p = p.getParentPath()) {
      if (p.getLeaf() instanceof LambdaExpressionTree || p.getLeaf() instanceof ClassTree
          || p.getLeaf() instanceof MemberReferenceTree) {
        reporter.error(start, Message.BRANCH_IN_LAMBDA);
        return;
      }
    }
  }

  /**
   * A pattern variable is declared where its condition is printed, so it cannot reach code in
   * other states: its condition or statement must not be taken apart.
   */
  private void checkPattern(TreePath instanceOf) {
    InstanceOfTree test = (InstanceOfTree) instanceOf.getLeaf();
    if (test.getPattern() == null) {
      return;
    }
    for (TreePath p = instanceOf.getParentPath(); p.getLeaf() != method; p = p.getParentPath()) {
      if (p.getLeaf() instanceof StatementTree || p.getLeaf() instanceof LambdaExpressionTree
          || p.getLeaf() instanceof ClassTree) {
        if (p.getLeaf() instanceof StatementTree && calls.containsSuspension(p)) {
          reporter.error(instanceOf, test.getPattern(), Message.PATTERN_ACROSS_WAIT,
              test.getPattern());
        }
        return;
      }
    }
  }

  /**
   * A for-each loop that waits stores what it walks (see {@link IteratedSource}): an array or a
   * collection whose type can be stored.
   */
  private void checkIterable(TreePath loopPath) {
    EnhancedForLoopTree loop = (EnhancedForLoopTree) loopPath.getLeaf();
    IteratedSource source = IteratedSource.of(trees, types, elements,
        new TreePath(loopPath, loop.getExpression()));
    if (source.kind() == IteratedSource.Kind.OTHER) {
      reporter.error(loopPath, loop.getExpression(), Message.ITERATOR_ACROSS_WAIT,
          source.storedType());
      return;
    }
    String why = persistable.whyNot(source.storedType());
    if (why != null) {
      reporter.error(loopPath, loop.getExpression(), Message.ITERATED_NOT_PERSISTABLE,
          source.storedType(), why);
    }
  }

  /**
   * The one access rule for generated code, which runs in another class of the same package:
   * private members are out of reach, and so are protected members of other packages unless the
   * use is inside a class of the method, which travels with the code and may be the subclass that
   * reaches them.
   */
  private void checkAccess(TreePath path, boolean isSuper) {
    if (isSuper) {
      reporter.error(path, Message.SUPER_REFERENCE);
      return;
    }
    Element element = trees.getElement(path);
    if (element == null || element.getKind() == ElementKind.LOCAL_VARIABLE
        || element.getKind() == ElementKind.PARAMETER || declaredInsideMethod(element)) {
      return;
    }
    if (element.getModifiers().contains(Modifier.PRIVATE)) {
      reporter.error(path, Message.PRIVATE_MEMBER, describe(element));
    } else if (element.getModifiers().contains(Modifier.PROTECTED)
        && !elements.getPackageOf(element).equals(elements.getPackageOf(workflowClass))
        && !insideClassOfMethod(path)) {
      reporter.error(path, Message.PROTECTED_MEMBER, describe(element),
          elements.getPackageOf(workflowClass).getQualifiedName());
    }
  }

  private boolean insideClassOfMethod(TreePath path) {
    for (TreePath p = path.getParentPath(); p.getLeaf() != method; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree) {
        return true;
      }
    }
    return false;
  }

  private static boolean declaredInsideMethod(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement type && (type.getNestingKind() == NestingKind.ANONYMOUS
          || type.getNestingKind() == NestingKind.LOCAL)) {
        return true;
      }
    }
    return false;
  }

  /** {@code Wait.event(name, X.class)}, {@code Wait.timeout(d)} or {@code Wait.until(t)}. */
  private boolean isWaitWrittenInPlace(TreePath call, Tree argument) {
    if (!(argument instanceof MethodInvocationTree wait)) {
      return false;
    }
    Element factory = trees.getElement(new TreePath(call, argument));
    if (factory == null || !((TypeElement) factory.getEnclosingElement()).getQualifiedName()
        .contentEquals("dev.resumable.Wait")) {
      return false;
    }
    return !factory.getSimpleName().contentEquals("event")
        || isClassLiteral(wait.getArguments().get(1));
  }

  /**
   * An event's name must be known to the build (a literal or a constant), so that the engine can
   * refuse events an instance can never wait for, unless the method says it computes names.
   */
  private void checkEventName(TreePath wait) {
    MethodInvocationTree call = (MethodInvocationTree) wait.getLeaf();
    if (!computedNamesAllowed && !inLambdaOrClass(wait)
        && PointIds.eventName(trees, wait, call) == null) {
      reporter.error(wait, call.getArguments().get(0), Message.COMPUTED_EVENT_NAME,
          call.getArguments().get(0));
    }
  }

  /** Code that runs elsewhere, where a wait is refused as such (its name is beside the point). */
  private boolean inLambdaOrClass(TreePath path) {
    for (TreePath p = path.getParentPath(); p.getLeaf() != method; p = p.getParentPath()) {
      if (p.getLeaf() instanceof LambdaExpressionTree || p.getLeaf() instanceof ClassTree) {
        return true;
      }
    }
    return false;
  }

  /** The waits of Await.first written in the call, so that the build sees their event names. */
  private void checkFirstWaitsInPlace(TreePath first) {
    for (Tree argument : ((MethodInvocationTree) first.getLeaf()).getArguments()) {
      if (!isWaitWrittenInPlace(first, argument)) {
        reporter.error(first, argument, Message.FIRST_WAITS_IN_PLACE, argument);
      }
    }
  }

  /** {@code Await.event} or {@code Wait.event}: their last argument is the payload's class. */
  private static boolean isEventWait(Element method) {
    return method instanceof ExecutableElement
        && method.getSimpleName().contentEquals("event")
        && method.getEnclosingElement() instanceof TypeElement owner
        && (owner.getQualifiedName().contentEquals(SuspensionCalls.AWAIT)
            || owner.getQualifiedName().contentEquals("dev.resumable.Wait"));
  }

  /** A payload type given as a class literal must be storable (other forms are refused above). */
  private void checkPayloadType(TreePath wait) {
    java.util.List<? extends Tree> arguments =
        ((MethodInvocationTree) wait.getLeaf()).getArguments();
    Tree payloadType = arguments.get(arguments.size() - 1);
    if (isClassLiteral(payloadType)) {
      TypeMirror type = trees.getTypeMirror(new TreePath(new TreePath(wait, payloadType),
          ((MemberSelectTree) payloadType).getExpression()));
      // Void is refused by the call itself, at once, in every run: "no event carries nothing".
      if (type != null && type.getKind() != TypeKind.ERROR && type.getKind() != TypeKind.VOID
          && !type.toString().equals("java.lang.Void")) {
        storedValues.eventPayload(wait, payloadType, type);
      }
    }
  }

  private static boolean isClassLiteral(Tree tree) {
    return tree instanceof MemberSelectTree select && select.getIdentifier().contentEquals("class");
  }

  private static String describe(Element element) {
    String kind = element.getKind().toString().toLowerCase(java.util.Locale.ROOT);
    Element owner = element.getEnclosingElement();
    Element name = element.getKind() == ElementKind.CONSTRUCTOR ? owner : element;
    return kind + " " + owner.getSimpleName() + "." + name.getSimpleName();
  }

  private static String describe(Tree statement) {
    switch (statement.getKind()) {
      case SWITCH:
      case CASE:
        return "a switch statement";
      case SWITCH_EXPRESSION:
        return "a switch expression";
      case TRY:
      case CATCH:
        return "a try statement";
      case SYNCHRONIZED:
        return "a synchronized block";
      default:
        return "a " + statement.getKind().toString().toLowerCase(java.util.Locale.ROOT)
            .replace('_', ' ');
    }
  }
}
