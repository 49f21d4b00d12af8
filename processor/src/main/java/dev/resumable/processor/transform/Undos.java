package dev.resumable.processor.transform;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.Undo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * The compensations a method registers, {@code saga.onUndo(() -> step(args))}, in source order,
 * each with its stable id: {@code undo:} and the step's name, numbered from the second one of a
 * name ({@code undo:cancel#2}). Validation has checked their form.
 */
final class Undos {

  private Undos() {}

  static List<Undo> of(Trees trees, Elements elements, TreePath methodPath, PointFactory lines) {
    List<Undo> undos = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    MethodTree method = (MethodTree) methodPath.getLeaf();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (SuspensionCalls.isUndoRegistration(trees.getElement(getCurrentPath()))) {
          LambdaExpressionTree lambda = (LambdaExpressionTree) node.getArguments().get(0);
          TreePath call = new TreePath(new TreePath(getCurrentPath(), lambda), lambda.getBody());
          ExecutableElement step = (ExecutableElement) trees.getElement(call);
          String base = "undo:" + step.getSimpleName();
          int count = seen.merge(base, 1, Integer::sum);
          String source = lambda.getBody().toString();
          undos.add(new Undo(count == 1 ? base : base + "#" + count, getCurrentPath(), call,
              step, StepAnnotations.read(step, elements), lines.lineOf(getCurrentPath()),
              source.length() > 80 ? source.substring(0, 77) + "..." : source));
          return null;
        }
        return super.visitMethodInvocation(node, unused);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        return null; // validation rejects an onUndo inside a lambda
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        return null;
      }
    }.scan(new TreePath(methodPath, method.getBody()), null);
    return undos;
  }
}
