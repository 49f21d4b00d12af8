package dev.resumable.processor.model;

/**
 * A state's number, allocated before the state is emitted so that forward jumps can name it
 * (regenerator's placeholder technique); numbers are final once all states are placed.
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
    return number < 0 ? "L?" : "L" + number;
  }
}
