package dev.resumable.cli;

import dev.resumable.Outcome;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

/** Where an instance stands after a command ran it, as plain values for text or JSON. */
record OutcomeView(String id, String status, String waitingFor, Instant timerDue,
    List<String> inbox, String result, InstanceDetail.FailureView failure) {

  static OutcomeView of(Outcome<?> outcome) {
    return new OutcomeView(outcome.id(), outcome.status().name(), outcome.waitingFor(),
        outcome.timerDue(), outcome.inbox(),
        outcome.isCompleted() ? String.valueOf(outcome.result()) : null,
        InstanceDetail.failure(outcome.failure()));
  }

  /** Prints the outcome of a command that ran the instance. */
  static void print(Output output, PrintWriter out, Outcome<?> outcome) {
    output.print(out, of(outcome), () -> out.println(outcome));
  }
}
