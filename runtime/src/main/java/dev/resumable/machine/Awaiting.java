package dev.resumable.machine;

import dev.resumable.Wait;
import dev.resumable.proto.Value;
import java.time.Instant;
import java.util.List;

/** What a suspended step waits for: one event, a timer, the first of several, or all of them. */
public sealed interface Awaiting {

  /** The event {@code name} with a payload of {@code type}; {@code key} addresses it, or null. */
  record ForEvent(String name, Class<?> type, String key) implements Awaiting {}

  /** The moment {@code due}. */
  record ForTimer(Instant due) implements Awaiting {}

  /** Whichever of {@code waits} comes first; {@code due} and {@code timerName} of its timer. */
  record FirstOf(List<Wait> waits, Instant due, String timerName) implements Awaiting {}

  /**
   * All of {@code waits}; {@code received} holds, by position, the payloads already taken from the
   * inbox (null where none yet), and {@code due} when the latest timer fires (null if none).
   */
  record AllOf(List<Wait> waits, List<Value> received, Instant due) implements Awaiting {}

  /**
   * The durable step {@code call}, in {@code state}: arguments stored, attempts made, and once
   * it has ended, its outcome.
   */
  record ForStep(StepCall call, dev.resumable.proto.StepWait state) implements Awaiting {}
}
