package dev.resumable.processor.diag;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports diagnostics for one method at a time, attached to the exact element or tree, and
 * remembers whether that method had an error so that nothing is generated for it.
 */
public final class Reporter {

  private final Messager messager;
  private final Trees trees;
  private boolean errors;

  public Reporter(Messager messager, Trees trees) {
    this.messager = messager;
    this.trees = trees;
  }

  public void error(Element element, Message message, Object... args) {
    errors = true;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
  }

  /** Reports at the position of {@code tree}, which lies in the compilation unit of {@code at}. */
  public void error(TreePath at, Tree tree, Message message, Object... args) {
    errors = true;
    trees.printMessage(Diagnostic.Kind.ERROR, message.format(args), tree, at.getCompilationUnit());
  }

  public void error(TreePath path, Message message, Object... args) {
    error(path, path.getLeaf(), message, args);
  }

  /** A warning at the position of {@code tree}: it does not stop the method from compiling. */
  public void warning(TreePath at, Tree tree, Message message, Object... args) {
    trees.printMessage(Diagnostic.Kind.WARNING, message.format(args), tree,
        at.getCompilationUnit());
  }

  public boolean hasErrors() {
    return errors;
  }

  /** Starts a fresh count for the next method. */
  public void reset() {
    errors = false;
  }
}
