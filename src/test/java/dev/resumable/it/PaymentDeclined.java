package dev.resumable.it;

/** Thrown by a branch, caught by the workflow that joins it. */
public class PaymentDeclined extends RuntimeException {
  public PaymentDeclined(String message) {
    super(message);
  }
}
