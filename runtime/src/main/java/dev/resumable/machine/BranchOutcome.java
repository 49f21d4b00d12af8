package dev.resumable.machine;

import dev.resumable.proto.Failure;
import dev.resumable.proto.Value;

/**
 * How a branch ended, as its parent receives it: an event named {@link #eventName} in the
 * parent's inbox, kept there until the parent joins the branch.
 *
 * @param method key of the branch's method, whose result codec decodes {@code result}
 * @param result the encoded return value; unset when the branch failed
 * @param failure the exception that ended it (a cancelled branch's included); null if it
 *     completed
 */
public record BranchOutcome(String method, Value result, Failure failure) {

  private static final String PREFIX = "branch:";

  /** The event by which the branch {@code branchId} tells its parent that it has ended. */
  public static String eventName(String branchId) {
    return PREFIX + branchId;
  }

  /** Whether {@code eventName} is a branch's outcome event. */
  public static boolean isOutcomeEvent(String eventName) {
    return eventName.startsWith(PREFIX);
  }

  public boolean failed() {
    return failure != null;
  }
}
