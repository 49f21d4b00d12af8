package dev.resumable.store;

/** An insert under an id that another instance already has. */
public final class InstanceExistsException extends StoreException {

  public InstanceExistsException(String id) {
    super("an instance with id \"" + id + "\" already exists; choose another id or resume the"
        + " existing one");
  }
}
