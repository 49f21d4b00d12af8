package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Fired;
import dev.resumable.Resumable;
import dev.resumable.Wait;
import java.time.Duration;

/** Waiting for whichever comes first: a payment, a cancellation, or a timeout. */
public class FirstOfFlows {

  @Resumable
  public String payOrTimeout(Duration patience) {
    Fired fired = Await.first(Wait.event("payment", Integer.class),
        Wait.event("cancel", String.class), Wait.timeout(patience));
    if (fired.timedOut()) {
      return "timed out";
    }
    if (fired.is("cancel")) {
      return "cancelled: " + fired.value(String.class);
    }
    return "paid " + fired.value(Integer.class);
  }
}
