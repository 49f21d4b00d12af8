package dev.resumable.processor.validation;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.resumable.processor.diag.Message;
import dev.resumable.processor.diag.Reporter;
import dev.resumable.processor.transform.LocalTypes;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;

/** Checks the classes, records, enums and interfaces that a {@code @Resumable} method declares. */
final class LocalTypeValidator {

  private final Trees trees;
  private final Reporter reporter;

  LocalTypeValidator(Trees trees, Reporter reporter) {
    this.trees = trees;
    this.reporter = reporter;
  }

  /**
   * The method's own local types are declared first in the generated {@code run}, before any
   * local: one name each, and a local class must not capture the method's locals, which are not
   * set there yet.
   */
  void check(TreePath methodPath) {
    Set<String> names = new HashSet<>();
    for (TreePath declaration : LocalTypes.declaredIn(methodPath)) {
      ClassTree type = (ClassTree) declaration.getLeaf();
      if (!names.add(type.getSimpleName().toString())) {
        reporter.error(declaration, Message.LOCAL_TYPE_NAMED_TWICE, type.getSimpleName());
      }
      String captured = capturedLocal(declaration);
      if (captured != null) {
        reporter.error(declaration, Message.LOCAL_CLASS_CAPTURES, type.getSimpleName(), captured);
      }
    }
  }

  /** A local or parameter of the method that the class's body uses; null if none. */
  private String capturedLocal(TreePath declaration) {
    Set<Element> own = new HashSet<>();
    String[] captured = {null};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree node, Void unused) {
        own.add(trees.getElement(getCurrentPath()));
        return super.visitVariable(node, unused);
      }

      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        Element element = trees.getElement(getCurrentPath());
        // Declarations come before their uses, so a variable not seen yet is from outside.
        if (captured[0] == null && element != null && isLocal(element) && !own.contains(element)) {
          captured[0] = element.getSimpleName().toString();
        }
        return null;
      }
    }.scan(declaration, null);
    return captured[0];
  }

  private static boolean isLocal(Element element) {
    switch (element.getKind()) {
      case LOCAL_VARIABLE:
      case PARAMETER:
      case EXCEPTION_PARAMETER:
      case RESOURCE_VARIABLE:
      case BINDING_VARIABLE:
        return true;
      default:
        return false;
    }
  }
}
