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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Runs the checks on each top-level class once javac has attributed it.
 *
 * <p>Findings about the processor's output are computed here, before javac desugars the trees,
 * but reported only when javac is about to generate the class. Once the processor has reported an
 * error, javac usually stops before attribution; but with {@code --should-stop=ifError=FLOW}, as
 * Error Prone setups use, it still analyzes every class, and a method the processor rejected has
 * no state machine on purpose. javac never generates code after an error, so waiting for that
 * event keeps such a method to its one, real error.
 */
final class ChecksAfterAnalysis implements TaskListener {

  private final Trees trees;
  private final SuspendOutsideResumable suspensions;
  private final ProcessorOutputCheck outputs;
  private final Map<TypeElement, List<Finding>> untilGenerate = new HashMap<>();

  ChecksAfterAnalysis(JavacTask task) {
    trees = Trees.instance(task);
    suspensions = new SuspendOutsideResumable(trees);
    outputs = new ProcessorOutputCheck(trees, task.getElements(), task.getTypes());
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
      List<Finding> outputFindings = outputs.check(classPath);
      if (!outputFindings.isEmpty()) {
        untilGenerate.put(event.getTypeElement(), outputFindings);
      }
    } catch (RuntimeException | AssertionError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      trees.printMessage(Diagnostic.Kind.ERROR,
          Message.PLUGIN_FAILED.format(event.getTypeElement().getQualifiedName(), trace),
          classPath.getLeaf(), classPath.getCompilationUnit());
      throw e;
    }
  }

  @Override
  public void started(TaskEvent event) {
    if (event.getKind() == TaskEvent.Kind.GENERATE) {
      List<Finding> findings = untilGenerate.remove(event.getTypeElement());
      if (findings != null) {
        findings.forEach(this::report);
      }
    }
  }

  private void report(Finding finding) {
    trees.printMessage(Diagnostic.Kind.ERROR, finding.message(), finding.tree(), finding.unit());
  }
}
