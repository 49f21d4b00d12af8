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
  CANCELLED,
  /**
   * Its stored state is damaged, or was saved by code this build does not have: nothing runs it
   * and nothing overwrites it. {@link Outcome#unreadable()} says why.
   */
  UNREADABLE
}
