package dev.resumable.processor.plugin;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.resumable.processor.diag.Message;
import dev.resumable.processor.transform.FrameNames;
import dev.resumable.processor.transform.PointIds;
import dev.resumable.processor.transform.SuspensionCalls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks that each {@code @Resumable} method has a state machine and that it was generated from
 * the method as javac compiles it now. A state machine from an older version of the source would
 * resume stored workflows at the wrong points, or decode their locals as the wrong types.
 */
final class ProcessorOutputCheck {

  private final Trees trees;
  private final Elements elements;
  private final Types types;

  ProcessorOutputCheck(Trees trees, Elements elements, Types types) {
    this.trees = trees;
    this.elements = elements;
    this.types = types;
  }

  List<Finding> check(TreePath classPath) {
    List<Finding> findings = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethod(MethodTree node, Void unused) {
        if (node.getBody() != null
            && trees.getElement(getCurrentPath()) instanceof ExecutableElement method
            && SuspensionCalls.isResumable(method)) {
          Finding finding = checkMethod(getCurrentPath(), method);
          if (finding != null) {
            findings.add(finding);
          }
        }
        return null;
      }

      // Only member classes are scanned: a @Resumable method in a local or anonymous class is
      // rejected by the processor and has no state machine name.
      @Override
      public Void visitVariable(VariableTree node, Void unused) {
        return null;
      }

      @Override
      public Void visitBlock(BlockTree node, Void unused) {
        return null;
      }
    }.scan(classPath, null);
    return findings;
  }

  private Finding checkMethod(TreePath path, ExecutableElement method) {
    String frameName = FrameNames.frameClass(method).canonicalName();
    String methodName = method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
    TypeElement frame = elements.getTypeElement(frameName);
    if (frame == null) {
      return new Finding(path.getLeaf(), path.getCompilationUnit(),
          Message.NOT_COMPILED.format(methodName, frameName));
    }
    StateMachineValues recorded = StateMachineValues.read(frame, elements);
    List<String> differences = recorded == null
        ? List.of("it carries no @StateMachine") : differences(recorded, path, method);
    if (differences.isEmpty()) {
      return null;
    }
    return new Finding(path.getLeaf(), path.getCompilationUnit(),
        Message.PROCESSOR_MISMATCH.format(frameName, methodName, String.join("; ", differences)));
  }

  private List<String> differences(StateMachineValues recorded, TreePath path,
      ExecutableElement method) {
    List<String> differences = new ArrayList<>();
    String key = FrameNames.methodKey(method, types);
    if (!recorded.method().equals(key)) {
      differences.add("it was generated for " + recorded.method() + ", not " + key);
    }
    List<String> points = List.copyOf(PointIds.assign(trees, path).values());
    if (!recorded.points().equals(points)) {
      differences.add("its suspension points are " + recorded.points() + ", the method's are "
          + points);
    }
    Map<String, Set<String>> localTypes = localTypes(path);
    for (String entry : recorded.stored()) {
      int colon = entry.indexOf(':');
      String name = colon < 0 ? entry : entry.substring(0, colon);
      String type = colon < 0 ? "" : entry.substring(colon + 1);
      Set<String> declared = localTypes.get(name);
      // No source local has that name: a temporary that the transform introduced.
      if (declared != null && !declared.contains(type)) {
        differences.add("it stores local '" + name + "' as " + type + ", the method declares it as "
            + String.join(" or ", declared));
      }
    }
    return differences;
  }

  /**
   * The attributed types of the method's parameters and locals, by name. Locals in sibling blocks
   * may share a name; the processor then stores one under a changed name, so any match will do.
   */
  private Map<String, Set<String>> localTypes(TreePath methodPath) {
    Map<String, Set<String>> types = new HashMap<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree node, Void unused) {
        if (trees.getElement(getCurrentPath()) instanceof VariableElement variable) {
          types.computeIfAbsent(node.getName().toString(), n -> new LinkedHashSet<>())
              .add(variable.asType().toString());
        }
        return super.visitVariable(node, unused);
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        return null; // fields of a local or anonymous class are not locals of the method
      }
    }.scan(methodPath, null);
    return types;
  }
}
