package dev.resumable.it.pojo;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import java.math.BigDecimal;

/**
 * One step of {@link ClaimFlows#settle} in a JVM of its own: {@code start}, {@code assessment}
 * (which arrives before its wait, so it is stored in the inbox) and {@code approval}. Prints the
 * outcome.
 */
public final class ClaimSteps {

  private ClaimSteps() {}

  public static void main(String[] args) {
    try (Engine engine = Engine.builder().build()) {
      Resumer resumer = Resumer.on(engine);
      Outcome<?> outcome = switch (args[0]) {
        case "start" -> resumer.startSettle("claim-1", new Claim("ada", new BigDecimal("900.00")));
        case "assessment" -> resumer.resume("claim-1", "assessment",
            new Assessment("bob", new BigDecimal("750.50")));
        default -> resumer.resume("claim-1", "approval", Boolean.TRUE);
      };
      System.out.println("OUTCOME " + outcome);
    }
  }
}
