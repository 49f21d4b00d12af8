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

  Inspection(String id, Status status, String waitingFor, Instant since, List<Frame> frames) {
    this(id, status, waitingFor, since, frames, null);
  }

  private Inspection(String id, Status status, String waitingFor, Instant since,
      List<Frame> frames, UnreadableInstanceException unreadable) {
    this.id = id;
    this.unreadable = unreadable;
    this.status = status;
    this.waitingFor = waitingFor;
    this.since = since;
    this.frames = List.copyOf(frames);
  }

  /** An instance whose stored state cannot be read or continued, and why. */
  static Inspection unreadable(String id, UnreadableInstanceException why) {
    return new Inspection(id, Status.UNREADABLE, null, null, List.of(), why);
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

  /** When the instance reached its current state; null if it is unreadable. */
  public Instant since() {
    return since;
  }

  /** The suspended stack, innermost first; empty unless waiting. */
  public List<Frame> frames() {
    return frames;
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
    text.append(" since ").append(since);
    frames.forEach(f -> text.append("\n  at ").append(f));
    return text.toString();
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
