package dev.resumable.it;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import java.util.Arrays;
import java.util.List;

/**
 * One step of every fidelity workflow, in a JVM of its own: {@code start} starts each, {@code
 * deliver <payload>} hands the payload to whatever each waits for. Prints one line per instance:
 * its id, its outcome or the exception the step threw, and a hash of its stored row.
 */
public final class FidelitySteps {

  static final List<String> FLOWS = List.of("receiverTemporaryIsTheListInTheMap",
      "twoLocalsShareOneList", "twoFramesShareOneList", "arrayElementAssignedAcrossAWait",
      "pendingReturnInFinally", "collectionKindsBehaveAsBefore", "suppressedExceptionsAreKept",
      "comparatorThatCannotBeRestored");

  private FidelitySteps() {}

  public static void main(String[] args) {
    try (Engine engine = Engine.builder().build()) {
      Resumer resumer = Resumer.on(engine);
      for (String flow : FLOWS) {
        String line;
        try {
          Outcome<?> outcome = args[0].equals("start") ? start(resumer, flow)
              : resumer.resume(flow, args[1]);
          line = outcome.isWaiting() ? "WAITING" : outcome.status() + " " + outcome.result();
        } catch (RuntimeException e) {
          line = "THREW " + e.getClass().getSimpleName() + ": " + e.getMessage().replace('\n', ' ');
        }
        byte[] state = engine.store().load(flow).map(s -> s.state()).orElse(new byte[0]);
        System.out.println(flow + "|" + Arrays.hashCode(state) + "|" + line);
      }
    }
  }

  private static Outcome<?> start(Resumer resumer, String flow) {
    switch (flow) {
      case "receiverTemporaryIsTheListInTheMap":
        return resumer.startReceiverTemporaryIsTheListInTheMap(flow);
      case "twoLocalsShareOneList":
        return resumer.startTwoLocalsShareOneList(flow);
      case "twoFramesShareOneList":
        return resumer.startTwoFramesShareOneList(flow);
      case "arrayElementAssignedAcrossAWait":
        return resumer.startArrayElementAssignedAcrossAWait(flow);
      case "pendingReturnInFinally":
        return resumer.startPendingReturnInFinally(flow);
      case "collectionKindsBehaveAsBefore":
        return resumer.startCollectionKindsBehaveAsBefore(flow);
      case "suppressedExceptionsAreKept":
        return resumer.startSuppressedExceptionsAreKept(flow);
      case "comparatorThatCannotBeRestored":
        return resumer.startComparatorThatCannotBeRestored(flow);
      default:
        throw new IllegalArgumentException(flow);
    }
  }
}
