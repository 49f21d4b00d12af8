package dev.resumable.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Prints attributed javac trees of a workflow method back to Java source that means the same thing
 * inside a generated class of the same package.
 *
 * <p>The generated class is not the workflow class, so every name is re-resolved: types become
 * {@code $T} references (JavaPoet manages the imports), static members are qualified with their
 * declaring type, and members reached through the implicit {@code this} of the workflow class are
 * qualified with {@link Rewrites#self()}. Code inside anonymous and local classes keeps its own
 * {@code this} and its own unqualified members, because those classes are copied along.
 *
 * <p>The trees must already be attributed (see {@link Trees#getElement}). Constructs that cannot be
 * expressed faithfully raise {@link UnsupportedConstruct}; nothing is printed silently wrong. An
 * instance is not thread-safe.
 */
public final class SourcePrinter {
  private final PrintContext context;

  public SourcePrinter(
      Trees trees, CompilationUnitTree unit, TypeElement workflowClass, Rewrites rewrites) {
    this.context = new PrintContext(trees, unit, workflowClass, rewrites);
  }

  /** One statement of the workflow method, ending with a newline. */
  public CodeBlock statement(TreePath statementPath) {
    assert statementPath.getLeaf() instanceof StatementTree : statementPath.getLeaf().getKind();
    return context.printingFrom(statementPath, () -> context.statements.statement(statementPath));
  }

  /**
   * A class, record, enum or interface declared in the workflow method, which the statement that
   * declares it leaves out when {@link Rewrites#declaredElsewhere} says it is printed here.
   */
  public CodeBlock declaration(TreePath classPath) {
    return context.printingFrom(classPath, () -> context.declarations.classDeclaration(classPath));
  }

  /** One expression of the workflow method, without a trailing newline. */
  public CodeBlock expression(TreePath expressionPath) {
    return context.printingFrom(
        expressionPath, () -> context.expressions.expression(expressionPath));
  }

  /**
   * How the caller adapts the printed code to its generated class. Methods documented as able to
   * return null have no replacement to offer in that case.
   */
  public interface Rewrites {
    /**
     * Name to write for a local variable or parameter declared anywhere in the method (including
     * lambda, catch and pattern variables, and locals of anonymous or local classes); returning the
     * element's own name keeps it. Called for every declaration and every use.
     */
    String localName(VariableElement local);

    /**
     * Replacement for a {@code return} that leaves the workflow method itself (returns inside
     * lambdas and inside anonymous or local classes print as written). {@code value} is the printed
     * expression, or null for a bare {@code return;}. The replacement is one or more complete
     * statements ending with a newline.
     */
    CodeBlock returnFromMethod(TreePath returnPath, CodeBlock value);

    /**
     * Replacement for a {@code break} or {@code continue} whose target lies outside the tree being
     * printed, or null to print the jump as written. The target is the loop or switch statement
     * the jump leaves, a labelled loop being the loop itself; for a label on any other statement,
     * the labelled statement.
     */
    CodeBlock jumpOut(TreePath jumpPath, StatementTree target);

    /**
     * Replacement for a {@code yield} whose switch expression lies outside the tree being
     * printed, or null to print it as written. {@code value} is the printed value.
     */
    default CodeBlock yieldOut(TreePath yieldPath, Tree switchExpression, CodeBlock value) {
      return null;
    }

    /** Code to print before a statement, such as a comment naming its source line; or null. */
    default CodeBlock beforeStatement(TreePath statementPath) {
      return null;
    }

    /**
     * Whether the class, record, enum or interface declared by this statement is printed
     * elsewhere ({@link SourcePrinter#declaration}), so that the statement prints as nothing.
     */
    default boolean declaredElsewhere(TreePath classPath) {
      return false;
    }

    /** Expression that stands for the workflow object, i.e. what its {@code this} becomes. */
    CodeBlock self();

    /**
     * Replacement for an expression, or null to print it normally; consulted for every expression
     * before it is printed. The replacement is spliced in as is, so it should be a primary
     * expression such as a name, or parenthesized.
     */
    CodeBlock substitute(TreePath expressionPath);
  }
}
