package dev.resumable.cli;

import dev.resumable.Failure;
import dev.resumable.Inspection;
import dev.resumable.Outcome;
import dev.resumable.Status;
import dev.resumable.store.StoredInstance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything the tool shows of one instance, as plain values that print as text or as JSON.
 * Locals and results are given as their {@code toString()} with their class: a value of the
 * application's may be a graph that no JSON mapping could write back faithfully.
 */
record InstanceDetail(String id, String method, String status, long revision, Instant since,
    String waitingFor, Instant timerDue, List<String> inbox, List<FrameView> frames,
    List<String> failedIn, FailureView failure, CheckpointView checkpoint, String result,
    String unreadable) {

  record LocalView(String name, String type, String value) {}

  record FrameView(String className, String methodName, String sourceFile, int line,
      String suspensionId, List<LocalView> locals) {}

  record FailureView(String type, String message, List<String> stack, FailureView cause) {}

  /** Where a failed instance last waited, which a retry continues from. */
  record CheckpointView(Instant committedAt, String waitingFor, String resumedWith,
      List<FrameView> frames, String unreadable) {}

  static InstanceDetail of(StoredInstance stored, Inspection inspection, Outcome<?> outcome) {
    List<FrameView> frames = frames(inspection.frames());
    Inspection.Checkpoint kept = inspection.checkpoint();
    CheckpointView checkpoint = kept == null ? null : new CheckpointView(kept.committedAt(),
        kept.waitingFor(), kept.resumedWith(), frames(kept.frames()), kept.unreadable());
    String unreadable = inspection.unreadable() != null ? inspection.unreadable().getMessage()
        : outcome.isUnreadable() ? outcome.unreadable().getMessage() : null;
    return new InstanceDetail(stored.id(), stored.method(),
        unreadable != null ? Status.UNREADABLE.name() : stored.status(), stored.revision(),
        inspection.since(), outcome.waitingFor(), outcome.timerDue(), outcome.inbox(), frames,
        inspection.failedIn().stream().map(StackTraceElement::toString).toList(),
        failure(outcome.failure()), checkpoint,
        outcome.isCompleted() ? String.valueOf(outcome.result()) : null, unreadable);
  }

  private static List<FrameView> frames(List<Inspection.Frame> inspected) {
    List<FrameView> frames = new ArrayList<>();
    for (Inspection.Frame f : inspected) {
      List<LocalView> locals = new ArrayList<>();
      for (Map.Entry<String, Object> local : f.locals().entrySet()) {
        Object value = local.getValue();
        locals.add(new LocalView(local.getKey(), value == null ? null : value.getClass().getName(),
            String.valueOf(value)));
      }
      frames.add(new FrameView(f.className(), f.methodName(), f.sourceFile(), f.line(),
          f.suspensionId(), locals));
    }
    return frames;
  }

  static FailureView failure(Failure failure) {
    if (failure == null) {
      return null;
    }
    List<String> stack = new ArrayList<>();
    failure.stack().forEach(e -> stack.add(e.toString()));
    return new FailureView(failure.type(), failure.message(), stack, failure(failure.cause()));
  }
}
