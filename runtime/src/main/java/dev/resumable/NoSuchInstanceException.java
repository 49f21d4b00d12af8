package dev.resumable;

/** No instance is stored under the id. */
public final class NoSuchInstanceException extends ResumableException {

  public NoSuchInstanceException(String id) {
    super("no instance with id \"" + id + "\" exists; start one first, or check the id and the"
        + " store location");
  }
}
