package dev.resumable.processor.model;

import com.sun.source.util.TreePath;
import dev.resumable.processor.transform.SuspensionCalls;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/** A suspension point: an event wait or a nested {@code @Resumable} call. */
public final class Point {

  private final SuspensionCalls.Kind kind;
  private final String id;
  private final String eventName;
  private final TreePath call;
  private final int line;
  private final String source;
  private final TypeMirror resultType;
  private final ExecutableElement callee;
  private final Label resume;
  private final List<TypeArgument> typeArguments;
  private final StepSpec step;
  private Set<LocalVar> live = Set.of();

  public Point(SuspensionCalls.Kind kind, String id, String eventName, TreePath call, int line,
      String source, TypeMirror resultType, ExecutableElement callee, Label resume,
      List<TypeArgument> typeArguments, StepSpec step) {
    this.kind = kind;
    this.id = id;
    this.eventName = eventName;
    this.call = call;
    this.line = line;
    this.source = source;
    this.resultType = resultType;
    this.callee = callee;
    this.resume = resume;
    this.typeArguments = List.copyOf(typeArguments);
    this.step = step;
  }

  /** For a durable step, its call's types and policy; null otherwise. */
  public StepSpec step() {
    return step;
  }

  public SuspensionCalls.Kind kind() {
    return kind;
  }

  /** Stable id, e.g. {@code event:payment} or {@code call:ship#2}. */
  public String id() {
    return id;
  }

  /** For an event wait, the name it waits for if that is a constant; otherwise null. */
  public String eventName() {
    return eventName;
  }

  /** The suspending invocation. */
  public TreePath call() {
    return call;
  }

  public int line() {
    return line;
  }

  /** The call as written, for comments in generated code. */
  public String source() {
    return source;
  }

  /** The value the point produces: the payload type, or the callee's return type. */
  public TypeMirror resultType() {
    return resultType;
  }

  /** For a call or a durable step, the method called; null for a wait. */
  public ExecutableElement callee() {
    return callee;
  }

  /**
   * For a call of a generic method that learns its type variables from its callers, what this
   * call states for each of them; empty otherwise.
   */
  public List<TypeArgument> typeArguments() {
    return typeArguments;
  }

  /** Where the frame continues after this point. */
  public Label resume() {
    return resume;
  }

  /** Locals live when the frame continues here, in declaration order. */
  public Set<LocalVar> live() {
    return live;
  }

  void setLive(Set<LocalVar> live) {
    this.live = live;
  }

  /** The live locals the store holds: all but those derived from others after a restore. */
  public Set<LocalVar> stored() {
    Set<LocalVar> stored = new LinkedHashSet<>(live);
    stored.removeIf(l -> l.derivation() != null);
    return stored;
  }

  /** The live locals that a restore derives from stored ones, in declaration order. */
  public List<LocalVar> derived() {
    return live.stream().filter(l -> l.derivation() != null).toList();
  }

  /** Names of the stored locals. */
  public List<String> liveNames() {
    return stored().stream().map(LocalVar::storedName).toList();
  }
}
