package dev.resumable.cli;

/**
 * What {@code resumable} exits with, for scripts. Every non-zero exit prints one line to
 * standard error that starts with {@code resumable: } and says what to do; none changed the
 * store, except {@link #INTERNAL_ERROR}, which cannot promise it.
 */
public enum ExitCode {
  /** The command did what it says. */
  OK(0),
  /** Something the tool did not expect; the stack trace follows the message. */
  INTERNAL_ERROR(1),
  /** The command line is wrong: an unknown command or option, a missing or malformed value. */
  USAGE(2),
  /** No instance has the id given. */
  NO_SUCH_INSTANCE(3),
  /**
   * The instance is not in a state that allows the command: an event for a finished instance,
   * or one it does not wait for; a delete of an instance that has not ended; a retry of one that
   * has not failed or has no checkpoint; a payload of the wrong type.
   */
  REFUSED(4),
  /** The store cannot be opened: no such file, in use by another process, no database there. */
  STORE_UNAVAILABLE(5),
  /**
   * The application's classes are needed and missing: a workflow or payload class not on
   * {@code --classpath}, or an object a workflow runs on that no {@code --setup} registered.
   */
  APPLICATION_MISSING(6),
  /** The instance's stored state cannot be read or continued by the application given. */
  UNREADABLE(7);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
