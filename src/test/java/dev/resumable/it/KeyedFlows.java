package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;

/** Waits for an event that the sender addresses by order number, not by instance id. */
public class KeyedFlows {

  @Resumable
  public String awaitDelivery(String orderNumber) {
    String proof = Await.event("delivered", orderNumber, String.class);
    return orderNumber + " " + proof;
  }
}
