package dev.resumable.sample;

import dev.resumable.Await;
import dev.resumable.Branch;
import dev.resumable.Fired;
import dev.resumable.Resumable;
import dev.resumable.Wait;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * Fulfils an order: waits up to 48 hours for the payment; then reserves the stock, charges the
 * payment and confirms to the customer at once, as three branches; then waits for the carrier to
 * confirm delivery — however long each takes and however often the application restarts.
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

    // A label is the wait's stable id, so a wait added before it later keeps stored orders valid.
    Fired paid;
    paymentOrTimeout:
    paid = Await.first(Wait.event("payment", Payment.class), Wait.timeout(PAYMENT_WINDOW));
    if (paid.timedOut()) {
      notifier.tell(orderId, "no payment within " + PAYMENT_WINDOW.toHours() + " hours, dropped");
      return Receipt.notDelivered(orderId, Receipt.Outcome.UNPAID);
    }
    Payment payment = paid.value(Payment.class);
    if (!payment.approved()) {
      return Receipt.notDelivered(orderId, Receipt.Outcome.PAYMENT_DECLINED);
    }
    if (payment.amount().compareTo(due) < 0) {
      return Receipt.notDelivered(orderId, Receipt.Outcome.UNDERPAID);
    }

    // Each branch is an instance of its own: the stock may take days, the others take moments.
    Branch<Reservation> stock = Await.branch(reserveStock(orderId, items));
    Branch<Charge> charge = Await.branch(charge(orderId, payment));
    Branch<Boolean> confirmation = Await.branch(confirm(orderId, items.size()));
    Reservation reservation;
    Charge charged;
    stockReserved:
    reservation = Await.join(stock);
    paymentCharged:
    charged = Await.join(charge);
    orderConfirmed:
    Await.join(confirmation);

    notifier.tell(orderId, "reserved on " + reservation.shelf() + ", handed to the carrier");
    Delivery delivery = Await.event("delivered", orderId, Delivery.class);
    notifier.tell(orderId, "delivered, signed by " + delivery.signedBy());
    return new Receipt(orderId, Receipt.Outcome.DELIVERED, charged.amount(), reservation.shelf(),
        delivery.signedBy());
  }

  /** Asks the warehouse to set the goods aside and waits for its answer, addressed by order. */
  @Resumable
  public Reservation reserveStock(String orderId, List<Item> items) {
    notifier.tell(orderId, "asked the warehouse to reserve " + items.size() + " lines");
    return Await.event("stock-reserved", orderId, Reservation.class);
  }

  @Resumable
  public Charge charge(String orderId, Payment payment) {
    notifier.tell(orderId, "charged " + payment.amount() + " (" + payment.reference() + ")");
    return new Charge(payment.reference(), payment.amount());
  }

  @Resumable
  public boolean confirm(String orderId, int lines) {
    notifier.tell(orderId, "emailed the customer: " + lines + " lines confirmed");
    return true;
  }
}
