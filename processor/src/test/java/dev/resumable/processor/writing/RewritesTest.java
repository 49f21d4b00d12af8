package dev.resumable.processor.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** The printer asks its caller before printing returns, jumps and expressions. */
class RewritesTest {
  private static final String REWRITTEN =
      """
      package sample;

      import java.util.*;
      import java.util.function.*;

      class Rewritten {
        String secret() { return "original"; }

        @Copy
        String returns() {
          Function<Integer, String> lambda = n -> {
            return "lambda" + n;
          };
          Supplier<String> anonymous = new Supplier<>() {
            public String get() { return "anonymous"; }
          };
          class Local {
            String value() { return "local"; }
          }
          if (lambda.apply(1).isEmpty()) return "never";
          return lambda.apply(2) + anonymous.get() + new Local().value();
        }

        @Copy
        String substituted() {
          String a = secret();
          Supplier<String> later = () -> secret();
          String[] array = {secret()};
          if (secret().startsWith("sub")) a += "!";
          return a + later.get() + array[0] + String.valueOf(secret()) + this.secret();
        }

        @Copy
        int jumps() {
          int n = 0;
          outer:
          for (int i = 0; i < 4; i++) {
            inner:
            for (int j = 0; j < 4; j++) {
              if (j == 2) continue outer;
              if (j == 3) break inner;
              switch (j) {
                case 0:
                  n++;
                  break;
                default:
                  n += 10;
              }
              while (true) {
                break;
              }
              if (i == 3) break outer;
              if (i == 2) continue;
            }
          }
          return n;
        }
      }
      """;

  @Test
  void onlyReturnsFromTheMethodItselfAreReplaced() {
    List<String> replaced = new ArrayList<>();
    var processor =
        new CopyProcessor(
            () ->
                new KeepingRewrites() {
                  @Override
                  public CodeBlock returnFromMethod(TreePath returnPath, CodeBlock value) {
                    if (!isIn(returnPath, "returns")) {
                      return super.returnFromMethod(returnPath, value);
                    }
                    replaced.add(returnPath.getLeaf().toString());
                    return CodeBlock.of("return $S + $L;\n", "replaced ", value);
                  }
                });
    ClassLoader loaded = Copies.compileAndLoad(processor, REWRITTEN);

    assertEquals(
        List.of(
            "return \"never\";", "return lambda.apply(2) + anonymous.get() + new Local().value();"),
        replaced);
    assertEquals("returned [replaced lambda2anonymouslocal]", run(loaded, "returns"));
  }

  @Test
  void substitutesReplaceExpressionsWherever() {
    var processor =
        new CopyProcessor(
            () ->
                new KeepingRewrites() {
                  @Override
                  public CodeBlock substitute(TreePath path) {
                    return path.getLeaf() instanceof MethodInvocationTree call
                            && call.getArguments().isEmpty()
                            && call.getMethodSelect().toString().endsWith("secret")
                        ? CodeBlock.of("$S", "sub")
                        : null;
                  }
                });
    ClassLoader loaded = Copies.compileAndLoad(processor, REWRITTEN);

    assertEquals("returned [sub!subsubsubsub]", run(loaded, "substituted"));
  }

  @Test
  void substituteIsConsultedForEveryExpression() {
    Set<Tree> consulted = new HashSet<>();
    Set<Tree> expected = new HashSet<>();
    AttributingProcessor processor =
        inspecting(
            "substituted",
            (printer, method) -> {
              expected.addAll(valueExpressions(method.trees, method));
              for (StatementTree statement : body(method)) {
                printer.statement(new TreePath(method.body, statement));
              }
              return null;
            },
            path -> {
              consulted.add(path.getLeaf());
              return null;
            });
    assertEquals(Compilation.Status.SUCCESS, Copies.process(processor, REWRITTEN).status());

    expected.removeAll(consulted);
    assertEquals(Set.of(), expected);
  }

  @Test
  void jumpOutIsConsultedOnlyForTargetsOutsideThePrintedTree() {
    List<String> whole = new ArrayList<>();
    List<String> outerBody = new ArrayList<>();
    List<String> innerBody = new ArrayList<>();
    List<String> printedInnerBody = new ArrayList<>();
    AttributingProcessor processor =
        inspecting(
            "jumps",
            (printer, method) -> {
              TreePath outer = find(method.path, "outer");
              TreePath outerBlock = loopBody(outer);
              TreePath innerBlock = loopBody(find(method.path, "inner"));
              method.jumps = whole;
              printer.statement(outer);
              method.jumps = outerBody;
              printer.statement(outerBlock);
              method.jumps = innerBody;
              printedInnerBody.add(printer.statement(innerBlock).toString());
              return null;
            },
            path -> null);
    assertEquals(Compilation.Status.SUCCESS, Copies.process(processor, REWRITTEN).status());

    assertEquals(List.of(), whole);
    assertEquals(List.of("continue outer; -> outer", "break outer; -> outer"), outerBody);
    assertEquals(
        List.of(
            "continue outer; -> outer",
            "break inner; -> inner",
            "break outer; -> outer",
            "continue; -> inner"),
        innerBody);
    // Jumps with a replacement print it; the others print as written.
    String printed = printedInnerBody.get(0);
    assertTrue(printed.contains("jumped(\"continue outer;\")"), printed);
    assertTrue(printed.contains("break;"), printed);
  }

  private static boolean isIn(TreePath path, String methodName) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof MethodTree method && method.getName().contentEquals(methodName)) {
        return true;
      }
    }
    return false;
  }

  private static String run(ClassLoader loaded, String method) {
    return Copies.runCopy(loaded, "Rewritten", method);
  }

  /** What an inspection sees of the method it inspects. */
  private static final class Inspected {
    Trees trees;
    TreePath path;
    TreePath body;
    List<String> jumps = new ArrayList<>();
  }

  private interface Inspection {
    Object inspect(SourcePrinter printer, Inspected method);
  }

  /** A processor that runs {@code inspection} on one method, with recording rewrites. */
  private static AttributingProcessor inspecting(
      String methodName, Inspection inspection, Function<TreePath, CodeBlock> substitute) {
    return new AttributingProcessor() {
      @Override
      void handle(ExecutableElement method, TreePath methodPath) {
        if (!method.getSimpleName().contentEquals(methodName)) {
          return;
        }
        Inspected inspected = new Inspected();
        inspected.trees = trees;
        inspected.path = methodPath;
        inspected.body = new TreePath(methodPath, ((MethodTree) methodPath.getLeaf()).getBody());
        SourcePrinter.Rewrites rewrites =
            new KeepingRewrites() {
              @Override
              public CodeBlock jumpOut(TreePath jumpPath, StatementTree target) {
                String targetName = labelOf(jumpPath, target);
                String jump = jumpPath.getLeaf().toString();
                inspected.jumps.add(jump + " -> " + targetName);
                return CodeBlock.of("jumped($S);\n", jump);
              }

              @Override
              public CodeBlock substitute(TreePath expressionPath) {
                return substitute.apply(expressionPath);
              }
            };
        SourcePrinter printer =
            new SourcePrinter(
                trees,
                methodPath.getCompilationUnit(),
                (TypeElement) method.getEnclosingElement(),
                rewrites);
        inspection.inspect(printer, inspected);
      }
    };
  }

  private static List<? extends StatementTree> body(Inspected method) {
    return ((BlockTree) method.body.getLeaf()).getStatements();
  }

  /** The block of the for loop that a labeled statement labels. */
  private static TreePath loopBody(TreePath labeled) {
    var loop = new TreePath(labeled, ((LabeledStatementTree) labeled.getLeaf()).getStatement());
    return new TreePath(loop, ((ForLoopTree) loop.getLeaf()).getStatement());
  }

  private static TreePath find(TreePath root, String label) {
    List<TreePath> found = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitLabeledStatement(LabeledStatementTree tree, Void unused) {
        if (tree.getLabel().contentEquals(label)) {
          found.add(getCurrentPath());
        }
        return super.visitLabeledStatement(tree, unused);
      }
    }.scan(root, null);
    return found.get(0);
  }

  /**
   * The expressions of a method body that stand for values: everything but the names of invoked
   * methods and of types.
   */
  private static Set<Tree> valueExpressions(Trees trees, Inspected method) {
    Set<Tree> expressions = new HashSet<>();
    Set<Tree> methodNames = new HashSet<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        methodNames.add(tree.getMethodSelect());
        return super.visitMethodInvocation(tree, unused);
      }

      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree instanceof ExpressionTree && !methodNames.contains(tree)) {
          Element element = trees.getElement(new TreePath(getCurrentPath(), tree));
          boolean isType =
              element instanceof TypeElement
                  || tree.getKind() == Tree.Kind.ARRAY_TYPE
                  || tree.getKind() == Tree.Kind.PARAMETERIZED_TYPE
                  || tree.getKind() == Tree.Kind.PRIMITIVE_TYPE;
          if (!isType) {
            expressions.add(tree);
          }
        }
        return super.scan(tree, unused);
      }
    }.scan(method.body, null);
    return expressions;
  }

  /** The label on the jump's target, or the target's kind when it has none. */
  private static String labelOf(TreePath jumpPath, StatementTree target) {
    if (target instanceof LabeledStatementTree labeled) {
      return labeled.getLabel().toString();
    }
    for (TreePath p = jumpPath; p.getParentPath() != null; p = p.getParentPath()) {
      if (p.getLeaf() == target && p.getParentPath().getLeaf() instanceof LabeledStatementTree l) {
        return l.getLabel().toString();
      }
    }
    return target.getKind().toString();
  }
}
