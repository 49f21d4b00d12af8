package dev.resumable.processor.model;

import java.util.ArrayList;
import java.util.List;

/** A stretch of the method between suspension points: one {@code case} of the dispatch switch. */
public final class State {

  private final Label label;
  private final int line;
  private final List<Op> ops = new ArrayList<>();
  private final Label handler;
  private final boolean reachable;
  private boolean open = true;

  public State(Label label, int line, Label handler, boolean reachable) {
    this.label = label;
    this.line = line;
    this.handler = handler;
    this.reachable = reachable;
  }

  /**
   * Whether control can arrive here from the entry: javac's view, which generated code must
   * share, since code after a state nothing reaches must not be treated as reachable.
   */
  public boolean isReachable() {
    return reachable;
  }

  /** Whether this state can pass control to {@code target}: by a jump, or by throwing. */
  public boolean leadsTo(Label target) {
    if (handler == target) {
      return true;
    }
    for (Op op : ops) {
      if (op instanceof Op.Jump j && j.target() == target
          || op instanceof Op.Branch b && (b.ifTrue() == target || b.ifFalse() == target)
          || op instanceof Op.Copy c && c.jumps().contains(target)
          || op instanceof Op.Raw r && r.jumps().contains(target)
          || op instanceof Op.SwitchDispatch d
              && (d.cases().contains(target) || d.otherwise() == target)) {
        return true;
      }
    }
    return false;
  }

  /** Where an exception thrown in this state goes: a catch dispatch or finally, or null. */
  public Label handler() {
    return handler;
  }

  public Label label() {
    return label;
  }

  /** Source line where the state starts, for the comment on its case. */
  public int line() {
    return line;
  }

  public List<Op> ops() {
    return ops;
  }

  /** Whether control can still reach the end of the ops added so far. */
  public boolean isOpen() {
    return open;
  }

  public void add(Op op) {
    if (!open) {
      throw new AssertionError("op after the state ended: " + op);
    }
    ops.add(op);
  }

  /** Marks that control never passes the last op. */
  public void close() {
    open = false;
  }
}
