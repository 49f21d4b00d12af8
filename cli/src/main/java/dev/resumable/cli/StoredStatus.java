package dev.resumable.cli;

/** The statuses a store holds; UNREADABLE is what a reader finds, not a stored status. */
enum StoredStatus {
  WAITING,
  COMPLETED,
  FAILED,
  CANCELLED
}
