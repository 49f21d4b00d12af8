package dev.resumable.sample;

import dev.resumable.Await;
import dev.resumable.Fired;
import dev.resumable.Resumable;
import dev.resumable.Wait;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Fulfils an order: waits up to 48 hours for the payment, then for one parcel per item, however
 * long each takes and however often the application restarts in between.
 */
public class OrderWorkflow {

  /** How long an order waits for its payment before it is dropped. */
  static final Duration PAYMENT_WINDOW = Duration.ofHours(48);

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

    Fired paid = Await.first(Wait.event("payment", Payment.class), Wait.timeout(PAYMENT_WINDOW));
    if (paid.timedOut()) {
      notifier.tell(orderId, "no payment within " + PAYMENT_WINDOW.toHours() + " hours");
      return new Receipt(orderId, Receipt.Outcome.UNPAID, BigDecimal.ZERO, List.of());
    }
    Payment payment = paid.value(Payment.class);
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
