package dev.resumable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored instance as a person reads it: its status and, while it waits, its suspended stack,
 * innermost frame first, with each frame's source line and stored locals. {@link #toString()}
 * reads like a Java stack trace:
 *
 * <pre>
 * order-42 WAITING for event "payment" (Payment) since 2026-11-20T10:15:00Z
 *   at com.acme.OrderFlow.charge(OrderFlow.java:57)  amount=120.00
 *   at com.acme.OrderFlow.checkout(OrderFlow.java:31)  orderId="42"
 * </pre>
 */
public final class Inspection {

  private final String id;
  private final Status status;
  private final String waitingFor;
  private final Instant since;
  private final List<Frame> frames;
  private final UnreadableInstanceException unreadable;
  private final Failure failure;
  private final Checkpoint checkpoint;
  private final List<StackTraceElement> failedIn;

  Inspection(String id, Status status, String waitingFor, Instant since, List<Frame> frames,
      Failure failure, Checkpoint checkpoint, List<StackTraceElement> failedIn) {
    this(id, status, waitingFor, since, frames, null, failure, checkpoint, failedIn);
  }

  private Inspection(String id, Status status, String waitingFor, Instant since,
      List<Frame> frames, UnreadableInstanceException unreadable, Failure failure,
      Checkpoint checkpoint, List<StackTraceElement> failedIn) {
    this.id = id;
    this.unreadable = unreadable;
    this.status = status;
    this.waitingFor = waitingFor;
    this.since = since;
    this.frames = List.copyOf(frames);
    this.failure = failure;
    this.checkpoint = checkpoint;
    this.failedIn = List.copyOf(failedIn);
  }

  /** An instance whose stored state cannot be read or continued, and why. */
  static Inspection unreadable(String id, UnreadableInstanceException why) {
    return new Inspection(id, Status.UNREADABLE, null, null, List.of(), why, null, null,
        List.of());
  }

  /** Why the instance cannot be read or continued; null unless {@link Status#UNREADABLE}. */
  public UnreadableInstanceException unreadable() {
    return unreadable;
  }

  public String id() {
    return id;
  }

  public Status status() {
    return status;
  }

  /** What the instance waits for, e.g. {@code event "payment" (Payment)}; null unless waiting. */
  public String waitingFor() {
    return waitingFor;
  }

  /**
   * When the instance reached its current state (for one that has ended, when it failed, was
   * cancelled or completed); null if it is unreadable.
   */
  public Instant since() {
    return since;
  }

  /** The suspended stack, innermost first; empty unless waiting. */
  public List<Frame> frames() {
    return frames;
  }

  /**
   * The exception that ended a {@link Status#FAILED} or {@link Status#CANCELLED} instance, with
   * its stack as the source reads: each {@code @Resumable} method at its own source line, its
   * suspended callers included; null otherwise.
   */
  public Failure failure() {
    return failure;
  }

  /**
   * The {@code @Resumable} methods a {@link Status#FAILED} or {@link Status#CANCELLED} instance
   * was running when its exception ended it, innermost first, each at its source line: the
   * workflow's own frames of {@link #failure()}'s stack (or of its first cause that has any),
   * without the application's other methods and the engine's; empty otherwise.
   */
  public List<StackTraceElement> failedIn() {
    return failedIn;
  }

  /**
   * Where a {@link Status#FAILED} instance last waited before the step that failed it, which is
   * what {@link Engine#retry} continues from; null if it has none (it failed in its first step,
   * or a version that kept no checkpoints failed it) or has not failed.
   */
  public Checkpoint checkpoint() {
    return checkpoint;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(id).append(' ').append(status);
    if (unreadable != null) {
      return text.append(": ").append(unreadable.getMessage()).toString();
    }
    if (waitingFor != null) {
      text.append(" for ").append(waitingFor);
    }
    text.append(status == Status.WAITING ? " since " : " at ").append(since);
    frames.forEach(f -> text.append("\n  at ").append(f));
    for (Failure f = failure; f != null; f = f.cause()) {
      text.append(f == failure ? "\n" : "\nCaused by: ").append(f);
      f.stack().forEach(e -> text.append("\n    at ").append(e));
    }
    if (checkpoint != null) {
      text.append("\nlast checkpoint, ").append(checkpoint.committedAt()).append(": waiting for ")
          .append(checkpoint.waitingFor()).append(", continued with ")
          .append(checkpoint.resumedWith());
      checkpoint.frames().forEach(f -> text.append("\n  at ").append(f));
    }
    return text.toString();
  }

  /**
   * The last commit of a failed instance before the step that failed it.
   *
   * @param committedAt when it was committed
   * @param waitingFor what the instance waited for then, as {@link #waitingFor()} says it
   * @param resumedWith what the failed step continued it with, e.g. {@code event "payment"}, {@code
   *     timer}, {@code its durable step}; {@code nothing kept} if a retry waits again
   * @param frames the stack it had stopped in, innermost first, with its stored locals; empty if
   *     this build cannot read them ({@code unreadable} says why)
   * @param unreadable why this build cannot read its frames; null if it can
   */
  public record Checkpoint(Instant committedAt, String waitingFor, String resumedWith,
      List<Frame> frames, String unreadable) {
    public Checkpoint {
      frames = List.copyOf(frames);
    }
  }

  /**
   * One suspended {@code @Resumable} method.
   *
   * @param className the declaring class
   * @param methodName the method
   * @param sourceFile the source file, e.g. {@code OrderFlow.java}
   * @param line the line of the suspension point the frame stopped at
   * @param suspensionId the point's stable id, e.g. {@code event:payment}
   * @param locals the stored locals by name, decoded
   */
  public record Frame(String className, String methodName, String sourceFile, int line,
      String suspensionId, Map<String, Object> locals) {

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(className).append('.').append(methodName)
          .append('(').append(sourceFile).append(':').append(line).append(')');
      locals.forEach((name, value) -> text.append("  ").append(name).append('=')
          .append(value instanceof String s ? '"' + s + '"' : String.valueOf(value)));
      return text.toString();
    }
  }
}
