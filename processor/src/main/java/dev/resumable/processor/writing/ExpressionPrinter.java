package dev.resumable.processor.writing;

import static dev.resumable.processor.writing.PrintContext.child;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import java.util.List;

/**
 * Prints expressions. Names, invocations, instance creation and method references need symbol
 * resolution and live in {@link NamePrinter}; everything else is structural and keeps the tree's
 * shape, including its parentheses, so precedence is preserved without being recomputed.
 */
final class ExpressionPrinter {
  private final PrintContext context;

  ExpressionPrinter(PrintContext context) {
    this.context = context;
  }

  /** Prints an expression, unless the caller substitutes it. */
  CodeBlock expression(TreePath path) {
    CodeBlock substitute = context.rewrites.substitute(path);
    return substitute != null ? substitute : unsubstituted(path);
  }

  /** Several expressions, each printed (or substituted) on its own. */
  CodeBlock expressions(TreePath parent, List<? extends Tree> expressions, String separator) {
    return expressions.stream()
        .map(e -> expression(child(parent, e)))
        .collect(CodeBlock.joining(separator));
  }

  /** {@code (condition)} for if, while, switch and friends, whose trees may omit the parens. */
  CodeBlock parenthesized(TreePath path) {
    CodeBlock substitute = context.rewrites.substitute(path);
    if (substitute != null) {
      // The statement syntax needs the parentheses whatever the caller puts inside.
      return CodeBlock.of("($L)", substitute);
    }
    if (path.getLeaf() instanceof ParenthesizedTree parens) {
      return CodeBlock.of("($L)", expression(child(path, parens.getExpression())));
    }
    return CodeBlock.of("($L)", unsubstituted(path));
  }

  /**
   * Prints an expression as it is. Also handles annotations nested in annotation arguments, and
   * types in expression position such as the qualifier of {@code String[]::new}.
   */
  private CodeBlock unsubstituted(TreePath path) {
    Tree tree = path.getLeaf();
    return switch (tree.getKind()) {
      case IDENTIFIER -> context.names.identifier(path);
      case MEMBER_SELECT -> context.names.memberSelect(path);
      case METHOD_INVOCATION -> context.names.invocation(path);
      case NEW_CLASS -> context.names.newClass(path);
      case MEMBER_REFERENCE -> context.names.memberReference(path);
      case INT_LITERAL,
              LONG_LITERAL,
              FLOAT_LITERAL,
              DOUBLE_LITERAL,
              BOOLEAN_LITERAL,
              CHAR_LITERAL,
              STRING_LITERAL,
              NULL_LITERAL ->
          // The source spelling, so 0x1F, 1_000L and text blocks stay as written.
          CodeBlock.of("$L", context.source.text(tree));
      case PARENTHESIZED ->
          CodeBlock.of("($L)", expression(child(path, ((ParenthesizedTree) tree).getExpression())));
      case ASSIGNMENT -> assignment(path, (AssignmentTree) tree);
      case CONDITIONAL_EXPRESSION -> conditional(path, (ConditionalExpressionTree) tree);
      case ARRAY_ACCESS -> {
        ArrayAccessTree access = (ArrayAccessTree) tree;
        yield CodeBlock.of(
            "$L[$L]",
            expression(child(path, access.getExpression())),
            expression(child(path, access.getIndex())));
      }
      case TYPE_CAST -> {
        // An operand that needs parentheses has them in the tree, so the cast binds as before.
        TypeCastTree cast = (TypeCastTree) tree;
        yield CodeBlock.of(
            "($L) $L",
            context.types.type(child(path, cast.getType())),
            expression(child(path, cast.getExpression())));
      }
      case INSTANCE_OF -> instanceOf(path, (InstanceOfTree) tree);
      case NEW_ARRAY -> newArray(path, (NewArrayTree) tree);
      case LAMBDA_EXPRESSION -> lambda(path, (LambdaExpressionTree) tree);
      case SWITCH_EXPRESSION -> {
        // Cases print as in switch statements; yield cannot leave the expression, so it is kept.
        SwitchExpressionTree switchTree = (SwitchExpressionTree) tree;
        yield CodeBlock.of(
            "switch $L $L",
            parenthesized(child(path, switchTree.getExpression())),
            context.statements.switchBody(path, switchTree.getCases()));
      }
      case ANNOTATION, TYPE_ANNOTATION -> context.declarations.annotation(path);
      case PRIMITIVE_TYPE,
              ARRAY_TYPE,
              PARAMETERIZED_TYPE,
              UNION_TYPE,
              INTERSECTION_TYPE,
              ANNOTATED_TYPE ->
          context.types.type(path);
      default -> {
        // Operators come in families that share a tree interface but not a kind.
        if (tree instanceof CompoundAssignmentTree compound) {
          yield CodeBlock.of(
              "$L $L $L",
              expression(child(path, compound.getVariable())),
              Operators.of(tree.getKind()),
              expression(child(path, compound.getExpression())));
        } else if (tree instanceof UnaryTree unary) {
          yield unary(path, unary);
        } else if (tree instanceof BinaryTree binary) {
          yield CodeBlock.of(
              "$L $L $L",
              expression(child(path, binary.getLeftOperand())),
              Operators.of(tree.getKind()),
              expression(child(path, binary.getRightOperand())));
        }
        throw new UnsupportedConstruct(path, "unsupported expression " + tree.getKind());
      }
    };
  }

  private CodeBlock assignment(TreePath path, AssignmentTree tree) {
    return CodeBlock.of(
        "$L = $L",
        expression(child(path, tree.getVariable())),
        expression(child(path, tree.getExpression())));
  }

  private CodeBlock conditional(TreePath path, ConditionalExpressionTree tree) {
    return CodeBlock.of(
        "$L ? $L : $L",
        expression(child(path, tree.getCondition())),
        expression(child(path, tree.getTrueExpression())),
        expression(child(path, tree.getFalseExpression())));
  }

  private CodeBlock unary(TreePath path, UnaryTree tree) {
    String operator = Operators.of(tree.getKind());
    CodeBlock operand = expression(child(path, tree.getExpression()));
    if (Operators.isPostfix(tree.getKind())) {
      return CodeBlock.of("$L$L", operand, operator);
    }
    // "- -x" and "- -1" must not fuse into a decrement.
    String operandText = operand.toString();
    char last = operator.charAt(operator.length() - 1);
    boolean fuses = (last == '-' || last == '+') && operandText.startsWith(String.valueOf(last));
    return CodeBlock.of(fuses ? "$L $L" : "$L$L", operator, operand);
  }

  private CodeBlock instanceOf(TreePath path, InstanceOfTree tree) {
    CodeBlock tested = expression(child(path, tree.getExpression()));
    Tree pattern = tree.getPattern();
    if (pattern == null) {
      return CodeBlock.of(
          "$L instanceof $L", tested, context.types.type(child(path, tree.getType())));
    }
    TreePath patternPath = child(path, pattern);
    // Java 17 has only type patterns; others are preview features.
    if (!(pattern instanceof BindingPatternTree binding)) {
      throw new UnsupportedConstruct(patternPath, "unsupported pattern " + pattern.getKind());
    }
    return CodeBlock.of(
        "$L instanceof $L",
        tested,
        context.declarations.variable(child(patternPath, binding.getVariable())));
  }

  private CodeBlock newArray(TreePath path, NewArrayTree tree) {
    CodeBlock elements =
        tree.getInitializers() == null
            ? null
            : CodeBlock.of("{$L}", expressions(path, tree.getInitializers(), ", "));
    if (tree.getType() == null) {
      // A bare initializer, as in "int[] a = {1, 2}" or nested in another initializer.
      assert elements != null : "array creation without type or initializer";
      return elements;
    }
    if (tree.getDimensions().isEmpty()) {
      return CodeBlock.of("new $L[]$L", context.types.type(child(path, tree.getType())), elements);
    }
    // new int[n][]: javac keeps the unsized trailing dimensions in the element type.
    TreePath elementType = child(path, tree.getType());
    int unsizedDimensions = 0;
    while (elementType.getLeaf() instanceof ArrayTypeTree array) {
      elementType = child(elementType, array.getType());
      unsizedDimensions++;
    }
    CodeBlock.Builder out = CodeBlock.builder().add("new $L", context.types.type(elementType));
    for (ExpressionTree dimension : tree.getDimensions()) {
      out.add("[$L]", expression(child(path, dimension)));
    }
    out.add("$L", "[]".repeat(unsizedDimensions));
    return out.build();
  }

  private CodeBlock lambda(TreePath path, LambdaExpressionTree tree) {
    // Implicit parameters stay implicit: spelling out inferred types could change inference.
    CodeBlock parameters =
        tree.getParameters().stream()
            .map(p -> context.declarations.variable(child(path, p)))
            .collect(CodeBlock.joining(", ", "(", ")"));
    TreePath body = child(path, tree.getBody());
    return CodeBlock.of(
        "$L -> $L",
        parameters,
        tree.getBodyKind() == LambdaExpressionTree.BodyKind.STATEMENT
            ? context.statements.block(body)
            : expression(body));
  }
}
