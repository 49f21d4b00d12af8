package dev.resumable.machine;

/**
 * One activation of a {@code @Resumable} method, as a state machine. The processor generates a
 * subclass per method: an int label says where to continue, fields hold the locals that are live
 * at the suspension point it stopped at, and {@link #run} continues from there.
 */
public abstract class Frame {

  /**
   * Returned by {@link #run} when the frame stopped at a suspension point. Suspending is a normal
   * return, never an exception, so {@code finally} blocks do not run on suspension.
   */
  protected static final Object SUSPENDED = new Object() {
    @Override
    public String toString() {
      return "SUSPENDED";
    }
  };

  /** Describes the method this frame runs: its key, fingerprint and suspension points. */
  protected abstract FrameType type();

  /**
   * Runs from the current label until the method returns (the result, boxed; null for void),
   * throws, or suspends ({@link #SUSPENDED}).
   */
  protected abstract Object run(Step step) throws Throwable;

  /** The label of the suspension point this frame stopped at. */
  protected abstract int label();

  /** Writes the locals live at the current suspension point. */
  protected abstract void save(LocalsWriter out);

  /** Sets the label and reads the locals live at that suspension point. */
  protected abstract void restore(int label, LocalsReader in);

  /** The locals stored at the current suspension point, by name, for inspection. */
  protected abstract java.util.Map<String, Object> locals();

  static boolean suspended(Object runResult) {
    return runResult == SUSPENDED;
  }

  final Object runIn(Step step) throws Throwable {
    return run(step);
  }

  final int currentLabel() {
    return label();
  }

  final void saveTo(LocalsWriter out) {
    save(out);
  }

  final void restoreFrom(int label, LocalsReader in) {
    restore(label, in);
  }

  final java.util.Map<String, Object> storedLocals() {
    return locals();
  }

  final FrameType frameType() {
    return type();
  }

  @Override
  public String toString() {
    FrameType type = type();
    return type.className() + "." + type.methodName() + " at label " + label();
  }
}
