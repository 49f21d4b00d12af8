package dev.resumable;

/** An instance @Resumable method needs the object it runs on, and none was registered. */
public final class MissingReceiverException extends ResumableException {

  public MissingReceiverException(Class<?> type) {
    super("no receiver is registered for " + type.getName() + ": pass the object its @Resumable"
        + " instance methods run on with Engine.builder().receiver(" + type.getSimpleName()
        + ".class, ...)");
  }
}
