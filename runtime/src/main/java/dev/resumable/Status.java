package dev.resumable;

/** Where an instance stands after its last committed step. */
public enum Status {
  /** Suspended at a wait; {@link Outcome#waitingFor()} says for what. */
  WAITING,
  /** Returned normally; {@link Outcome#result()} has the value. */
  COMPLETED,
  /** Ended by an exception; {@link Outcome#failure()} describes it. */
  FAILED,
  /** Cancelled: its waits were interrupted, its finally blocks ran, and it ended. */
  CANCELLED
}
