package dev.resumable;

/**
 * An argument that workflow code passed to {@link Await}, {@link Wait} or a join and that it
 * cannot take: a null, blank or too long name, a negative duration, a moment no timer can be due
 * at, a missing branch. It is a bug in the workflow, not something the workflow ran into, so it
 * never becomes the instance's outcome: the step in which it was thrown is not committed, the
 * call that ran it (a start, a resume, a timer) throws it, and the instance stays as it was, to
 * go on once the code is fixed. A wait the engine refuses does so even if the workflow's code
 * catches the exception; one thrown by a {@link Wait} factory is refused when it leaves the frame.
 */
public final class WorkflowArgumentException extends IllegalArgumentException {

  public WorkflowArgumentException(String message) {
    super(message);
  }

  /** This exception as thrown out of {@code instanceId}'s step, where it was thrown from. */
  public WorkflowArgumentException inInstance(String instanceId) {
    if (instanceId == null) {
      return this; // a run outside an engine: no instance, nothing to commit
    }
    WorkflowArgumentException located = new WorkflowArgumentException("instance \"" + instanceId
        + "\": " + getMessage() + "; its step was not committed");
    located.setStackTrace(getStackTrace());
    return located;
  }
}
