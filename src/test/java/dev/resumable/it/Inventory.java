package dev.resumable.it;

import dev.resumable.Await;
import dev.resumable.Resumable;

/** A second workflow object, reached through a field of another. */
public class Inventory {

  @Resumable(start = "startInventoryReserve") // BranchFlows has a reserve too
  public int reserve(String sku, int quantity) {
    int available = Await.event("stock", Integer.class);
    return Math.min(available, quantity);
  }
}
