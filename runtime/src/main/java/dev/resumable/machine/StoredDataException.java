package dev.resumable.machine;

/**
 * Stored data that a step needed and could not decode: an event kept in the inbox, a value an
 * all-of wait collected, a branch's outcome. It ends the step without an outcome, whatever the
 * workflow's own code catches, so that damaged data is reported, never committed.
 */
public final class StoredDataException extends RuntimeException {

  StoredDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
