package dev.resumable.micrometer;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.time.Duration;

/** An order that waits for its payment, then a day before it ships; a declined one fails. */
public class Orders {

  @Resumable
  public static String order(String customer) {
    String payment = Await.event("payment", String.class);
    if (payment.equals("declined")) {
      throw new IllegalStateException("payment of " + customer + " declined");
    }
    Await.sleep(Duration.ofDays(1));
    return "shipped to " + customer;
  }
}
