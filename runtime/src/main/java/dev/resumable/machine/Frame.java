package dev.resumable.machine;

/**
 * One activation of a {@code @Resumable} method, as a state machine. The processor generates a
 * subclass per method: an int label says where to continue, fields hold the locals that are live
 * at the suspension point it stopped at, and {@link #run} continues from there.
 */
public abstract class Frame {

  /** What the method's type variables stand for in this activation, as its caller stated them. */
  private dev.resumable.codec.TypeArguments typeArguments =
      dev.resumable.codec.TypeArguments.NONE;

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

  /**
   * Binds the method's type variables, as the caller of a generic method states them at the call;
   * returns this frame, to be run.
   */
  public final Frame withTypeArguments(dev.resumable.codec.TypeArguments arguments) {
    this.typeArguments = java.util.Objects.requireNonNull(arguments, "arguments");
    return this;
  }

  /** What the method's type variables stand for here, to store and restore values typed by them. */
  protected final dev.resumable.codec.TypeArguments typeArguments() {
    return typeArguments;
  }

  /**
   * The type arguments this frame states for the generic method it calls at its current label,
   * for that callee's frame to be restored with; none if it calls no generic method there.
   */
  protected dev.resumable.codec.TypeArguments calleeTypeArguments() {
    return dev.resumable.codec.TypeArguments.NONE;
  }

  /**
   * Calls the {@code @Step} method of the durable step at {@code label} with {@code arguments}
   * (copies decoded from the stored ones); generated for methods that have step points.
   */
  protected Object invokeStep(int label, Object[] arguments) throws Throwable {
    throw new IllegalStateException(type().methodKey() + " has no step at label " + label);
  }

  /**
   * Calls the {@code @Step} method of the compensation {@code id} that this method's code
   * registers on a saga, with {@code arguments}; generated for methods that register any. Called
   * on a blank frame: a compensation may run after the frame that registered it has returned.
   */
  protected Object invokeCompensation(String id, Object[] arguments) throws Throwable {
    throw new IllegalStateException(type().methodKey() + " registers no compensation " + id);
  }

  final Object invokeStepHere(Object[] arguments) throws Throwable {
    return invokeStep(label(), arguments);
  }

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

  final dev.resumable.codec.TypeArguments typeArgumentsOfCallee() {
    return calleeTypeArguments();
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
