package dev.resumable.processor.plugin;

import com.sun.source.tree.ClassTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.resumable.processor.diag.Message;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.tools.Diagnostic;

/**
 * Runs the checks on each top-level class once javac has attributed it.
 */
final class ChecksAfterAnalysis implements TaskListener {

  private final Trees trees;
  private final SuspendOutsideResumable suspensions;

  ChecksAfterAnalysis(JavacTask task) {
    trees = Trees.instance(task);
    suspensions = new SuspendOutsideResumable(trees);
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
      return;
    }
    TreePath classPath = trees.getPath(event.getTypeElement());
    if (classPath == null || !(classPath.getLeaf() instanceof ClassTree)) {
      return; // package-info and module-info have nothing to check
    }
    try {
      suspensions.check(classPath).forEach(this::report);
    } catch (RuntimeException | AssertionError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      trees.printMessage(Diagnostic.Kind.ERROR,
          Message.PLUGIN_FAILED.format(event.getTypeElement().getQualifiedName(), trace),
          classPath.getLeaf(), classPath.getCompilationUnit());
      throw e;
    }
  }

  private void report(Finding finding) {
    trees.printMessage(Diagnostic.Kind.ERROR, finding.message(), finding.tree(), finding.unit());
  }
}
