package dev.resumable.store;

/** An update based on a revision that another writer has replaced meanwhile. */
public final class RevisionConflictException extends StoreException {

  private final String id;
  private final long expected;
  private final long actual;

  public RevisionConflictException(String id, long expected, long actual) {
    super("instance \"" + id + "\" was changed concurrently: expected revision " + expected
        + " but the store has " + describe(actual) + "; reload it and try again");
    this.id = id;
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * What the engine throws when each of {@code attempts} tries of one call lost to another
   * writer; {@code last} is the last conflict.
   */
  public RevisionConflictException(RevisionConflictException last, int attempts) {
    super("instance \"" + last.id + "\" was changed by another writer during each of "
        + attempts + " attempts of this call, the last expecting revision " + last.expected
        + " while the store had " + describe(last.actual) + "; nothing of this call was"
        + " committed: another process runs this instance without holding it (see"
        + " Store.hold), call again", last);
    this.id = last.id;
    this.expected = last.expected;
    this.actual = last.actual;
  }

  private static String describe(long actual) {
    return actual < 0 ? "no such instance" : "revision " + actual;
  }

  /** The instance whose update was refused. */
  public String id() {
    return id;
  }

  /** The revision the update expected. */
  public long expected() {
    return expected;
  }

  /** The revision the store had; -1 if it had no such instance. */
  public long actual() {
    return actual;
  }
}
