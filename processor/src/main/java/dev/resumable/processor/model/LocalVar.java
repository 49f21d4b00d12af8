package dev.resumable.processor.model;

import com.sun.source.util.TreePath;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A local of the original method that lives in the state machine's {@code run} method, declared
 * before its dispatch loop so that it keeps its value from one state to the next. Locals live at
 * a suspension point also get a field, which holds them while the frame is suspended.
 */
public final class LocalVar {

  private final VariableElement element;
  private final String storedName;
  private final String javaName;
  private final TypeMirror type;
  private final boolean parameter;
  private final TreePath declaration;
  private final ElementPosition derivation;
  private boolean hasField;

  public LocalVar(VariableElement element, String storedName, String javaName, TypeMirror type,
      boolean parameter, TreePath declaration) {
    this(element, storedName, javaName, type, parameter, declaration, null);
  }

  public LocalVar(VariableElement element, String storedName, String javaName, TypeMirror type,
      boolean parameter, TreePath declaration, ElementPosition derivation) {
    this.element = element;
    this.storedName = storedName;
    this.javaName = javaName;
    this.type = type;
    this.parameter = parameter;
    this.declaration = declaration;
    this.derivation = derivation;
  }

  /** The source variable, or null for a temporary the transform introduced. */
  public VariableElement element() {
    return element;
  }

  /** The name it is stored under: the source name, unique within the method. */
  public String storedName() {
    return storedName;
  }

  /** Its identifier in generated code, for both the local and its field. */
  public String javaName() {
    return javaName;
  }

  public TypeMirror type() {
    return type;
  }

  public boolean isParameter() {
    return parameter;
  }

  /** Where it is declared, for diagnostics; null for temporaries. */
  public TreePath declaration() {
    return declaration;
  }

  /**
   * Where a restored frame finds this local's value instead of in the store, or null if it is
   * stored: the variable of a for-each loop over a collection is its element at the position.
   */
  public ElementPosition derivation() {
    return derivation;
  }

  /** Whether the frame has a field for it: parameters, and locals live at a suspension point. */
  public boolean hasField() {
    return hasField || parameter;
  }

  void giveField() {
    hasField = true;
  }

  @Override
  public String toString() {
    return javaName;
  }
}
