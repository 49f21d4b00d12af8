package dev.resumable.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** State shared by the printers of one {@link SourcePrinter}, and the printers themselves. */
final class PrintContext {
  final Trees trees;
  final TypeElement workflowClass;
  final SourcePrinter.Rewrites rewrites;
  final SourceText source;
  final Resolver resolver;
  final TypePrinter types;
  final ExpressionPrinter expressions;
  final NamePrinter names;
  final StatementPrinter statements;
  final DeclarationPrinter declarations;
  final JumpTargets jumps;

  /** Root of the tree currently being printed; jumps that leave it go to the caller. */
  private Tree printingRoot;

  PrintContext(
      Trees trees,
      CompilationUnitTree unit,
      TypeElement workflowClass,
      SourcePrinter.Rewrites rewrites) {
    this.trees = trees;
    this.workflowClass = workflowClass;
    this.rewrites = rewrites;
    this.source = new SourceText(trees.getSourcePositions(), unit);
    this.resolver = new Resolver(this);
    this.types = new TypePrinter(this);
    this.expressions = new ExpressionPrinter(this);
    this.names = new NamePrinter(this);
    this.statements = new StatementPrinter(this);
    this.declarations = new DeclarationPrinter(this);
    this.jumps = new JumpTargets(this);
  }

  /**
   * Prints with {@code root} as the tree being printed. The previous root is restored afterwards
   * because rewrite callbacks may print other trees while a print is in progress.
   */
  CodeBlock printingFrom(TreePath root, Supplier<CodeBlock> print) {
    if (source.isSynthetic(root.getLeaf())) {
      // Without end positions every tree would look synthesized and be left out.
      throw new IllegalStateException(
          "No source end position for '" + root.getLeaf() + "'; end positions are required");
    }
    Tree previous = printingRoot;
    printingRoot = root.getLeaf();
    try {
      return print.get();
    } finally {
      printingRoot = previous;
    }
  }

  Tree printingRoot() {
    assert printingRoot != null : "nothing is being printed";
    return printingRoot;
  }

  /** The symbol of an attributed tree; failing here means the caller skipped attribution. */
  Element element(TreePath path) {
    Element element = trees.getElement(path);
    if (element == null) {
      throw new IllegalStateException(
          "No symbol for '" + path.getLeaf() + "'; the workflow class must be attributed first");
    }
    return element;
  }

  static TreePath child(TreePath parent, Tree child) {
    return new TreePath(parent, child);
  }
}
