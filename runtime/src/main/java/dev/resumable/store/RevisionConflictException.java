package dev.resumable.store;

/** An update based on a revision that another writer has replaced meanwhile. */
public final class RevisionConflictException extends StoreException {

  public RevisionConflictException(String id, long expected, long actual) {
    super("instance \"" + id + "\" was changed concurrently: expected revision " + expected
        + " but the store has " + (actual < 0 ? "no such instance" : "revision " + actual)
        + "; reload it and try again");
  }
}
