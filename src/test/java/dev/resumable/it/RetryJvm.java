package dev.resumable.it;

import dev.resumable.Engine;

/**
 * One call on a {@link RetryFlows} checkout in a JVM of its own: {@code start}, {@code pay} on
 * the release with the bug, {@code retry} on the fixed one. Prints the outcome, then the
 * instance's inspection.
 */
public final class RetryJvm {

  private RetryJvm() {}

  public static void main(String[] args) {
    RetryFlows.Release release = new RetryFlows.Release();
    release.fixed = args[0].equals("retry");
    try (Engine engine = Engine.builder()
        .receiver(RetryFlows.class, new RetryFlows(release)).build()) {
      Resumer resumer = Resumer.on(engine);
      var outcome = switch (args[0]) {
        case "start" -> resumer.startCheckout("j-1", "5");
        case "pay" -> resumer.resume("j-1", "payment", 40);
        default -> engine.retry("j-1");
      };
      System.out.println("outcome: " + outcome);
      System.out.println(engine.inspect("j-1"));
    }
  }
}
