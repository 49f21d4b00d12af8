package dev.resumable.processor.model;

import com.sun.source.tree.TryTree;

/**
 * How {@code return}, {@code break} and {@code continue} leave code inside a {@code try} whose
 * {@code finally} was taken apart: they record what they were doing and run the finally states,
 * which then finish it. {@link #NONE} outside such a try.
 *
 * @param tryTree the innermost such try statement
 * @param kind holds {@link #RETURN}, {@link #THROW}, {@link #JUMP} or {@link #NORMAL}
 * @param value the pending return value; null for a void method
 * @param thrown the pending exception
 * @param target the pending jump's label
 * @param finallyLabel the first state of the finally block
 */
public record Exits(TryTree tryTree, LocalVar kind, LocalVar value, LocalVar thrown,
    LocalVar target, Label finallyLabel) {

  public static final Exits NONE = new Exits(null, null, null, null, null, null);

  public static final int NORMAL = 0;
  public static final int THROW = 1;
  public static final int RETURN = 2;
  public static final int JUMP = 3;

  /** {@code kind = 2;  // return}: the assignment of a pending completion, saying what it is. */
  public com.palantir.javapoet.CodeBlock setKind(int pending) {
    String meaning = switch (pending) {
      case NORMAL -> "go on after the try statement";
      case THROW -> "rethrow after the finally block";
      case RETURN -> "return after the finally block";
      default -> "jump after the finally block";
    };
    return com.palantir.javapoet.CodeBlock.of("$N = $L;  // $L\n", kind.javaName(), pending,
        meaning);
  }

  public boolean isNone() {
    return tryTree == null;
  }
}
