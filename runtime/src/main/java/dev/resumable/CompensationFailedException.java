package dev.resumable;

import java.util.List;

/**
 * Thrown by {@link Saga#compensate} when one or more compensations failed for good (their
 * {@code @Step} policy gave up); every other compensation ran. Each failure is a suppressed
 * exception, in the order the compensations ran.
 */
public final class CompensationFailedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<String> compensated;
  private final List<String> failed;

  /**
   * @param compensated the compensations that ran, as written, in the order they ran
   * @param failed those that failed for good, in the order they ran
   * @param failures what each failed one threw, at the same index
   */
  public CompensationFailedException(List<String> compensated, List<String> failed,
      List<Throwable> failures) {
    super(message(compensated, failed, failures));
    this.compensated = List.copyOf(compensated);
    this.failed = List.copyOf(failed);
    failures.forEach(this::addSuppressed);
  }

  /** The compensations that ran, as written, in the order they ran. */
  public List<String> compensated() {
    return compensated;
  }

  /** The compensations that failed for good, as written, in the order they ran. */
  public List<String> failed() {
    return failed;
  }

  private static String message(List<String> compensated, List<String> failed,
      List<Throwable> failures) {
    StringBuilder text = new StringBuilder(failed.size() + " of "
        + (compensated.size() + failed.size()) + " compensations failed: ");
    for (int i = 0; i < failed.size(); i++) {
      Throwable cause = i < failures.size() ? failures.get(i) : null;
      text.append(i == 0 ? "" : "; ").append(failed.get(i)).append(" (").append(cause == null
          ? "no exception" : cause.getClass().getName() + (cause.getMessage() == null ? ""
          : ": " + cause.getMessage())).append(')');
    }
    text.append("; ran: ").append(compensated.isEmpty() ? "none" : String.join(", ", compensated));
    return text.toString();
  }
}
