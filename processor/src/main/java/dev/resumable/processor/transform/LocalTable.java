package dev.resumable.processor.transform;

import com.palantir.javapoet.NameAllocator;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.resumable.processor.model.ElementPosition;
import dev.resumable.processor.model.LocalVar;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Names every variable declared in the method, so that generated code has no collisions: hoisted
 * locals share one scope in {@code run}, where Java forbids the shadowing that sibling blocks of
 * the original allowed. A name stays as written unless it collides.
 */
final class LocalTable {

  private final NameAllocator allocator = new NameAllocator();
  private final Map<VariableElement, String> names = new LinkedHashMap<>();
  private final Map<VariableElement, LocalVar> hoisted = new IdentityHashMap<>();
  private final List<LocalVar> order = new ArrayList<>();
  private final Map<LocalVar, String> captureNames = new LinkedHashMap<>();

  private final TypeMirror throwable;

  LocalTable(Trees trees, TreePath methodPath, TypeMirror throwable) {
    this.throwable = throwable;
    allocator.newName("TYPE"); // the frame's description constant
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree node, Void unused) {
        Element element = trees.getElement(getCurrentPath());
        if (element instanceof VariableElement variable) {
          names.put(variable, allocator.newName(node.getName().toString(), variable));
        }
        return super.visitVariable(node, unused);
      }

      @Override
      public Void visitClass(com.sun.source.tree.ClassTree node, Void unused) {
        return null; // members of local classes keep their names
      }
    }.scan(methodPath, null);
  }

  /** The local declared at {@code declaration}, hoisted into {@code run}'s scope. */
  LocalVar hoist(VariableElement element, TreePath declaration, boolean parameter) {
    return hoist(element, declaration, parameter, element.asType());
  }

  /** Hoists with another declared type, e.g. a multi-catch parameter's common superclass. */
  LocalVar hoist(VariableElement element, TreePath declaration, boolean parameter,
      TypeMirror type) {
    return hoisted.computeIfAbsent(element, e -> add(new LocalVar(e, names.get(e), names.get(e),
        type, parameter, declaration)));
  }

  /** Hoists a for-each variable that a restore takes again from its loop's position. */
  LocalVar hoistDerived(VariableElement element, TreePath declaration, ElementPosition position) {
    return hoisted.computeIfAbsent(element, e -> add(new LocalVar(e, names.get(e), names.get(e),
        e.asType(), false, declaration, position)));
  }

  TypeMirror throwableType() {
    return throwable;
  }

  /** A local the transform introduces, such as the index of a for-each loop. */
  LocalVar temporary(String suggestion, TypeMirror type, TreePath near) {
    String name = allocator.newName(suggestion);
    return add(new LocalVar(null, name, name, type, false, near));
  }

  /** A name not used by anything in the method, for the generated class's own members. */
  String internal(String suggestion) {
    return allocator.newName(suggestion);
  }

  /** The hoisted local for {@code element}, or null if it stays where it is declared. */
  LocalVar hoisted(Element element) {
    return hoisted.get(element);
  }

  /** The name of the effectively final copy that lambdas and classes capture. */
  String captureName(LocalVar local) {
    return captureNames.computeIfAbsent(local, l -> allocator.newName(l.javaName() + "Captured"));
  }

  Map<VariableElement, String> names() {
    return names;
  }

  Map<LocalVar, String> captureNames() {
    return captureNames;
  }

  List<LocalVar> inOrder() {
    return order;
  }

  private LocalVar add(LocalVar local) {
    order.add(local);
    return local;
  }
}
