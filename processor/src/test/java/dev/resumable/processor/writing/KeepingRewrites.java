package dev.resumable.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.StatementTree;
import com.sun.source.util.TreePath;
import javax.lang.model.element.VariableElement;

/** Rewrites that leave the code as it was: same names, plain returns, jumps as written. */
class KeepingRewrites implements SourcePrinter.Rewrites {
  @Override
  public String localName(VariableElement local) {
    return local.getSimpleName().toString();
  }

  @Override
  public CodeBlock returnFromMethod(TreePath returnPath, CodeBlock value) {
    return value == null ? CodeBlock.of("return;\n") : CodeBlock.of("return $L;\n", value);
  }

  @Override
  public CodeBlock jumpOut(TreePath jumpPath, StatementTree target) {
    return null;
  }

  @Override
  public CodeBlock self() {
    return CodeBlock.of("self");
  }

  @Override
  public CodeBlock substitute(TreePath expressionPath) {
    return null;
  }
}
