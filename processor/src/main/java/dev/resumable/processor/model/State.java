package dev.resumable.processor.model;

import java.util.ArrayList;
import java.util.List;

/** A stretch of the method between suspension points: one {@code case} of the dispatch switch. */
public final class State {

  private final Label label;
  private final int line;
  private final List<Op> ops = new ArrayList<>();
  private boolean open = true;

  public State(Label label, int line) {
    this.label = label;
    this.line = line;
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
