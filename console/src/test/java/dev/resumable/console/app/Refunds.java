package dev.resumable.console.app;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.math.BigDecimal;

/** The application the console's tests show: a refund waits for approval, and fails above it. */
public class Refunds {

  private Refunds() {}

  @Resumable
  public static String refund(String order, BigDecimal amount) {
    Approval approval = Await.event("approval", Approval.class);
    if (approval.limit().compareTo(amount) < 0) {
      throw new IllegalStateException("a refund of " + amount + " for " + order + " is more than "
          + approval.by() + " may approve (" + approval.limit() + ")");
    }
    return order + ": " + amount + " refunded, approved by " + approval.by();
  }
}
