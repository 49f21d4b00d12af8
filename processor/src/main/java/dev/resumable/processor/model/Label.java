package dev.resumable.processor.model;

/**
 * A state's number, allocated before the state is emitted so that forward jumps can name it
 * (regenerator's placeholder technique); numbers are final once all states are placed.
 * Synthesized code refers to a label as a JavaPoet {@code $L} argument: JavaPoet prints it when
 * the file is written, by which time it has its number.
 */
public final class Label {

  private int number = -1;

  public int number() {
    if (number < 0) {
      throw new AssertionError("label used but never placed");
    }
    return number;
  }

  void place(int number) {
    this.number = number;
  }

  public boolean isPlaced() {
    return number >= 0;
  }

  @Override
  public String toString() {
    return number < 0 ? "L?" : Integer.toString(number);
  }
}
