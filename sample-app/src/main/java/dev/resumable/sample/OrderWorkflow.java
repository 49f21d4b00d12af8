package dev.resumable.sample;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Fulfils an order: waits for the payment, then for one parcel per item, however long each takes
 * and however often the application restarts in between.
 */
public class OrderWorkflow {

  final Notifier notifier;

  public OrderWorkflow(Notifier notifier) {
    this.notifier = notifier;
  }

  @Resumable
  public Receipt fulfil(String orderId, List<Item> items) {
    BigDecimal due = BigDecimal.ZERO;
    for (Item item : items) {
      due = due.add(item.total());
    }
    notifier.tell(orderId, "awaiting payment of " + due);

    Payment payment = Await.event("payment", Payment.class);
    if (!payment.approved()) {
      return new Receipt(orderId, Receipt.Outcome.PAYMENT_DECLINED, BigDecimal.ZERO, List.of());
    }
    if (payment.amount().compareTo(due) < 0) {
      return new Receipt(orderId, Receipt.Outcome.UNDERPAID, payment.amount(), List.of());
    }
    notifier.tell(orderId, "paid (" + payment.reference() + "), shipping " + items.size()
        + " items");

    List<String> tracking = new ArrayList<>();
    for (Item item : items) {
      Parcel parcel = Await.event("parcel", Parcel.class);
      tracking.add(parcel.trackingNumber());
      notifier.tell(orderId, item.sku() + " shipped as " + parcel.trackingNumber());
    }
    return new Receipt(orderId, Receipt.Outcome.SHIPPED, payment.amount(), tracking);
  }
}
