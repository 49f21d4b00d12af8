package dev.resumable.it;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import java.util.Arrays;
import java.util.List;

/**
 * One step of each {@link UnrestorableFlows} workflow in a JVM of its own: {@code start} starts
 * each, {@code deliver <payload>} hands the payload to what each waits for. Prints per instance
 * its id, a hash of its stored row, and its outcome or the exception the step threw.
 */
public final class UnrestorableSteps {

  static final List<String> FLOWS = List.of("comparatorThatCannotBeRestored", "subclassOfAList",
      "temporaryThatCannotBeRestored", "viewAndItsList", "arrayAndItsList", "keysInsideAMap",
      "typeArgumentThatCannotBeStored");

  private UnrestorableSteps() {}

  public static void main(String[] args) {
    try (Engine engine = Engine.builder().build()) {
      Resumer resumer = Resumer.on(engine);
      for (String flow : FLOWS) {
        String line;
        try {
          Outcome<?> outcome = args[0].equals("start") ? start(resumer, flow)
              : resumer.resume(flow, args[1]);
          line = outcome.isWaiting() ? "WAITING " + outcome.waitingFor() : outcome.toString();
        } catch (RuntimeException e) {
          line = "THREW " + e.getClass().getSimpleName() + ": "
              + e.getMessage().replace('\n', ' ');
        }
        byte[] state = engine.store().load(flow).map(s -> s.state()).orElse(new byte[0]);
        System.out.println(flow + "|" + Arrays.hashCode(state) + "|" + line);
      }
    }
  }

  private static Outcome<?> start(Resumer resumer, String flow) {
    switch (flow) {
      case "subclassOfAList":
        return resumer.startSubclassOfAList(flow);
      case "temporaryThatCannotBeRestored":
        return resumer.startTemporaryThatCannotBeRestored(flow);
      case "viewAndItsList":
        return resumer.startViewAndItsList(flow);
      case "arrayAndItsList":
        return resumer.startArrayAndItsList(flow);
      case "keysInsideAMap":
        return resumer.startKeysInsideAMap(flow);
      case "typeArgumentThatCannotBeStored":
        return resumer.startTypeArgumentThatCannotBeStored(flow);
      default:
        return resumer.startComparatorThatCannotBeRestored(flow);
    }
  }
}
