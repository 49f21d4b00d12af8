package dev.resumable.machine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Makes stack traces read like the source: an element of a generated state machine becomes the
 * {@code @Resumable} method and source line it runs, and the callers of a resumed frame, which
 * are not on the Java stack after a restart, are added where the engine's loop stands.
 */
final class StackTraces {

  private static final String ENGINE_LOOP = Step.class.getName();

  private final Set<Throwable> rewritten = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Rewrites {@code thrown} once; {@code callers} are the frames above, innermost first. */
  void rewrite(Throwable thrown, List<Frame> callers) {
    if (!rewritten.add(thrown)) {
      return;
    }
    List<StackTraceElement> trace = new ArrayList<>();
    boolean callersAdded = false;
    for (StackTraceElement element : thrown.getStackTrace()) {
      if (!callersAdded && element.getClassName().equals(ENGINE_LOOP)) {
        callers.forEach(frame -> trace.add(elementOf(frame)));
        callersAdded = true;
      }
      trace.add(sourceElement(element));
    }
    thrown.setStackTrace(trace.toArray(StackTraceElement[]::new));
    for (Throwable cause = thrown.getCause(); cause != null && rewritten.add(cause);
        cause = cause.getCause()) {
      remapOnly(cause);
    }
  }

  private static void remapOnly(Throwable thrown) {
    StackTraceElement[] trace = thrown.getStackTrace();
    for (int i = 0; i < trace.length; i++) {
      trace[i] = sourceElement(trace[i]);
    }
    thrown.setStackTrace(trace);
  }

  private static StackTraceElement sourceElement(StackTraceElement element) {
    FrameType type = FrameType.ofGeneratedClass(element.getClassName());
    if (type == null) {
      return element;
    }
    return new StackTraceElement(type.className(), type.methodName(), type.sourceFile(),
        type.sourceLineAt(element.getLineNumber()));
  }

  /** A suspended caller, at the line of the call it waits in. */
  private static StackTraceElement elementOf(Frame frame) {
    FrameType type = frame.frameType();
    return new StackTraceElement(type.className(), type.methodName(), type.sourceFile(),
        type.pointAt(frame.currentLabel()).line());
  }
}
