package dev.resumable.processor.writing;

import static dev.resumable.processor.writing.PrintContext.child;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.AssertTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints statements, one per line with nested blocks indented.
 *
 * <p>Bodies of if, else and loops are always printed as blocks, so that a return or jump that the
 * caller replaces by several statements still forms a single body.
 */
final class StatementPrinter {
  private final PrintContext context;

  StatementPrinter(PrintContext context) {
    this.context = context;
  }

  /** A statement, ending with a newline. */
  CodeBlock statement(TreePath path) {
    CodeBlock before = context.rewrites.beforeStatement(path);
    CodeBlock statement = bareStatement(path);
    return before == null ? statement : CodeBlock.builder().add(before).add(statement).build();
  }

  private CodeBlock bareStatement(TreePath path) {
    Tree tree = path.getLeaf();
    return switch (tree.getKind()) {
      case BLOCK -> CodeBlock.of("$L\n", block(path));
        // javac splits "int a, b;" into one variable per declarator, which is equivalent here.
      case VARIABLE -> CodeBlock.of("$L;\n", context.declarations.variable(path));
      case EXPRESSION_STATEMENT ->
          CodeBlock.of("$L;\n", expression(path, ((ExpressionStatementTree) tree).getExpression()));
      case EMPTY_STATEMENT -> CodeBlock.of(";\n");
      case IF -> CodeBlock.of("$L\n", ifStatement(path, (IfTree) tree));
      case WHILE_LOOP -> {
        WhileLoopTree loop = (WhileLoopTree) tree;
        yield CodeBlock.of(
            "while $L $L\n", condition(path, loop.getCondition()), body(path, loop.getStatement()));
      }
      case DO_WHILE_LOOP -> {
        DoWhileLoopTree loop = (DoWhileLoopTree) tree;
        yield CodeBlock.of(
            "do $L while $L;\n",
            body(path, loop.getStatement()),
            condition(path, loop.getCondition()));
      }
      case FOR_LOOP -> forLoop(path, (ForLoopTree) tree);
      case ENHANCED_FOR_LOOP -> {
        EnhancedForLoopTree loop = (EnhancedForLoopTree) tree;
        yield CodeBlock.of(
            "for ($L : $L) $L\n",
            context.declarations.variable(child(path, loop.getVariable())),
            expression(path, loop.getExpression()),
            body(path, loop.getStatement()));
      }
      case LABELED_STATEMENT -> labeled(path, (LabeledStatementTree) tree);
      case SWITCH -> {
        SwitchTree switchTree = (SwitchTree) tree;
        yield CodeBlock.of(
            "switch $L $L\n",
            condition(path, switchTree.getExpression()),
            switchBody(path, switchTree.getCases()));
      }
      case BREAK, CONTINUE -> jump(path);
        // Returns and jumps may leave what is printed, which the caller handles.
      case RETURN -> returnStatement(path, (ReturnTree) tree);
      case YIELD -> yieldStatement(path, (YieldTree) tree);
      case THROW ->
          CodeBlock.of("throw $L;\n", expression(path, ((ThrowTree) tree).getExpression()));
      case ASSERT -> assertion(path, (AssertTree) tree);
      case SYNCHRONIZED -> {
        SynchronizedTree sync = (SynchronizedTree) tree;
        yield CodeBlock.of(
            "synchronized $L $L\n",
            condition(path, sync.getExpression()),
            block(child(path, sync.getBlock())));
      }
      case TRY -> tryStatement(path, (TryTree) tree);
      case CLASS, INTERFACE, ENUM, RECORD -> context.rewrites.declaredElsewhere(path)
          ? CodeBlock.of("")
          : context.declarations.classDeclaration(path);
      default -> throw new UnsupportedConstruct(path, "unsupported statement " + tree.getKind());
    };
  }

  /** {@code {...}} without a trailing newline, leaving out statements javac synthesized. */
  CodeBlock block(TreePath path) {
    return CodeBlock.of(
        "{\n$>$L$<}", statements(path, ((BlockTree) path.getLeaf()).getStatements()));
  }

  /** The braces and cases of a switch statement or expression. */
  CodeBlock switchBody(TreePath switchPath, List<? extends CaseTree> cases) {
    CodeBlock.Builder out = CodeBlock.builder().add("{\n$>");
    for (CaseTree caseTree : cases) {
      out.add("$L", caseClause(child(switchPath, caseTree)));
    }
    return out.add("$<}").build();
  }

  private CodeBlock statements(TreePath parent, List<? extends StatementTree> statements) {
    CodeBlock.Builder out = CodeBlock.builder();
    for (StatementTree statement : statements) {
      // Such as the super() that attribution adds to constructors: illegal in records and enums.
      if (!context.source.isSynthetic(statement)) {
        out.add("$L", statement(child(parent, statement)));
      }
    }
    return out.build();
  }

  private CodeBlock caseClause(TreePath path) {
    CaseTree caseTree = (CaseTree) path.getLeaf();
    CodeBlock label =
        caseTree.getExpressions().isEmpty()
            ? CodeBlock.of("default")
            : CodeBlock.of(
                "case $L", context.expressions.expressions(path, caseTree.getExpressions(), ", "));
    // Colon cases fall through to the next; rule cases never do.
    if (caseTree.getCaseKind() == CaseTree.CaseKind.STATEMENT) {
      return CodeBlock.of("$L:\n$>$L$<", label, statements(path, caseTree.getStatements()));
    }
    TreePath body = child(path, caseTree.getBody());
    CodeBlock printedBody =
        switch (body.getLeaf().getKind()) {
          case BLOCK -> CodeBlock.of("$L\n", block(body));
          case EXPRESSION_STATEMENT, THROW -> statement(body);
            // The value of a rule in a switch expression.
          default -> CodeBlock.of("$L;\n", context.expressions.expression(body));
        };
    return CodeBlock.of("$L -> $L", label, printedBody);
  }

  private CodeBlock ifStatement(TreePath path, IfTree tree) {
    CodeBlock.Builder out =
        CodeBlock.builder()
            .add(
                "if $L $L",
                condition(path, tree.getCondition()),
                body(path, tree.getThenStatement()));
    StatementTree otherwise = tree.getElseStatement();
    // "else if" chains stay flat instead of nesting one block per branch.
    if (otherwise instanceof IfTree elseIf) {
      out.add(" else $L", ifStatement(child(path, elseIf), elseIf));
    } else if (otherwise != null) {
      out.add(" else $L", body(path, otherwise));
    }
    return out.build();
  }

  private CodeBlock forLoop(TreePath path, ForLoopTree loop) {
    CodeBlock condition =
        loop.getCondition() == null ? CodeBlock.of("") : expression(path, loop.getCondition());
    CodeBlock update =
        loop.getUpdate().stream()
            .map(u -> expression(child(path, u), u.getExpression()))
            .collect(CodeBlock.joining(", "));
    return CodeBlock.of(
        "for ($L; $L; $L) $L\n",
        forInitializer(path, loop.getInitializer()),
        condition,
        update,
        body(path, loop.getStatement()));
  }

  /**
   * The initializer of a for loop. javac splits {@code int i = 0, j[] = {}} into one variable per
   * declarator, sharing the type tree; they must be joined back into one declaration.
   */
  private CodeBlock forInitializer(TreePath path, List<? extends StatementTree> initializer) {
    List<CodeBlock> parts = new ArrayList<>();
    Tree sharedType = null;
    for (StatementTree part : initializer) {
      TreePath partPath = child(path, part);
      if (part instanceof VariableTree variable) {
        if (sharedType == null) {
          sharedType = variable.getType();
          parts.add(context.declarations.variable(partPath));
        } else {
          parts.add(laterDeclarator(partPath, variable, sharedType));
        }
      } else {
        parts.add(expression(partPath, ((ExpressionStatementTree) part).getExpression()));
      }
    }
    return CodeBlock.join(parts, ", ");
  }

  /** {@code name[] = init} for a declarator after the first one of a declaration. */
  private CodeBlock laterDeclarator(TreePath path, VariableTree variable, Tree sharedType) {
    int extraDimensions = 0;
    Tree type = variable.getType();
    while (type != sharedType && type instanceof ArrayTypeTree array) {
      type = array.getType();
      extraDimensions++;
    }
    if (type != sharedType) {
      throw new UnsupportedConstruct(path, "declarators of different types in one declaration");
    }
    CodeBlock.Builder out =
        CodeBlock.builder()
            .add("$L$L", context.declarations.variableName(path), "[]".repeat(extraDimensions));
    if (variable.getInitializer() != null) {
      out.add(" = $L", expression(path, variable.getInitializer()));
    }
    return out.build();
  }

  private CodeBlock labeled(TreePath path, LabeledStatementTree tree) {
    TreePath body = child(path, tree.getStatement());
    boolean isLoop =
        switch (tree.getStatement().getKind()) {
          case FOR_LOOP, ENHANCED_FOR_LOOP, WHILE_LOOP, DO_WHILE_LOOP -> true;
          default -> false;
        };
    // A loop must stay the labeled statement for "continue label" to be legal.
    return isLoop
        ? CodeBlock.of("$L: $L", tree.getLabel(), statement(body))
        : CodeBlock.of("$L: $L\n", tree.getLabel(), body(path, tree.getStatement()));
  }

  private CodeBlock yieldStatement(TreePath path, YieldTree tree) {
    CodeBlock value = expression(path, tree.getValue());
    Tree target = null;
    for (TreePath p = path.getParentPath(); p != null && target == null; p = p.getParentPath()) {
      if (p.getLeaf().getKind() == Tree.Kind.SWITCH_EXPRESSION) {
        target = p.getLeaf();
      }
    }
    if (target != null && context.jumps.isOutsidePrintedTree(path, target)) {
      CodeBlock replacement = context.rewrites.yieldOut(path, target, value);
      if (replacement != null) {
        return replacement;
      }
    }
    return CodeBlock.of("yield $L;\n", value);
  }

  private CodeBlock jump(TreePath path) {
    Tree tree = path.getLeaf();
    StatementTree target = context.jumps.target(path);
    // A jump within the printed tree keeps working as written, whatever the caller does.
    if (context.jumps.isOutsidePrintedTree(path, target)) {
      CodeBlock replacement = context.rewrites.jumpOut(path, target);
      if (replacement != null) {
        return replacement;
      }
    }
    boolean isBreak = tree instanceof BreakTree;
    var label = isBreak ? ((BreakTree) tree).getLabel() : ((ContinueTree) tree).getLabel();
    return CodeBlock.of(
        "$L$L;\n", isBreak ? "break" : "continue", label == null ? "" : " " + label);
  }

  private CodeBlock returnStatement(TreePath path, ReturnTree tree) {
    CodeBlock value = tree.getExpression() == null ? null : expression(path, tree.getExpression());
    if (context.jumps.returnsFromWorkflowMethod(path)) {
      return context.rewrites.returnFromMethod(path, value);
    }
    return value == null ? CodeBlock.of("return;\n") : CodeBlock.of("return $L;\n", value);
  }

  private CodeBlock assertion(TreePath path, AssertTree tree) {
    CodeBlock condition = expression(path, tree.getCondition());
    return tree.getDetail() == null
        ? CodeBlock.of("assert $L;\n", condition)
        : CodeBlock.of("assert $L : $L;\n", condition, expression(path, tree.getDetail()));
  }

  private CodeBlock tryStatement(TreePath path, TryTree tree) {
    CodeBlock.Builder out = CodeBlock.builder().add("try ");
    if (!tree.getResources().isEmpty()) {
      List<CodeBlock> resources = new ArrayList<>();
      for (Tree resource : tree.getResources()) {
        TreePath resourcePath = child(path, resource);
        // A declaration, or since Java 9 an existing effectively final variable.
        resources.add(
            resource instanceof VariableTree
                ? context.declarations.variable(resourcePath)
                : context.expressions.expression(resourcePath));
      }
      out.add("($L) ", CodeBlock.join(resources, "; "));
    }
    out.add("$L", block(child(path, tree.getBlock())));
    for (CatchTree catchTree : tree.getCatches()) {
      TreePath catchPath = child(path, catchTree);
      out.add(
          " catch ($L) $L",
          context.declarations.variable(child(catchPath, catchTree.getParameter())),
          block(child(catchPath, catchTree.getBlock())));
    }
    if (tree.getFinallyBlock() != null) {
      out.add(" finally $L", block(child(path, tree.getFinallyBlock())));
    }
    return out.add("\n").build();
  }

  /** A statement used as a body, always printed as a block, without trailing newline. */
  private CodeBlock body(TreePath parent, StatementTree body) {
    TreePath path = child(parent, body);
    return body instanceof BlockTree ? block(path) : CodeBlock.of("{\n$>$L$<}", statement(path));
  }

  private CodeBlock condition(TreePath parent, Tree condition) {
    return context.expressions.parenthesized(child(parent, condition));
  }

  private CodeBlock expression(TreePath parent, Tree expression) {
    return context.expressions.expression(child(parent, expression));
  }
}
