package dev.resumable.sample;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import java.math.BigDecimal;
import java.util.List;

/**
 * The sample's command line. Each invocation is a separate JVM that opens the embedded store,
 * does one thing to an order, prints where the order stands, and exits:
 *
 * <pre>
 *   OrderDesk place ORDER-ID                start the workflow; it waits for the payment
 *   OrderDesk pay ORDER-ID                  deliver an approved payment
 *   OrderDesk ship ORDER-ID TRACKING-NO     deliver a parcel
 *   OrderDesk status ORDER-ID
 * </pre>
 *
 * The store is the file named by the system property {@code resumable.store}.
 */
public final class OrderDesk {

  private static final List<Item> DEMO_ORDER = List.of(
      new Item("KETTLE-01", 1, new BigDecimal("39.90")),
      new Item("MUG-06", 2, new BigDecimal("7.50")));

  private OrderDesk() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: OrderDesk place|pay|ship|status ORDER-ID [TRACKING-NO]");
      System.exit(2);
    }
    String command = args[0];
    String orderId = args[1];
    String jvm = "[JVM " + ProcessHandle.current().pid() + "] ";
    OrderWorkflow workflow = new OrderWorkflow((id, news) -> System.out.println(jvm + "  "
        + id + ": " + news));
    try (Engine engine = Engine.builder().receiver(OrderWorkflow.class, workflow).build()
        .start()) { // the timer thread drops orders unpaid after 48 hours
      Resumer orders = Resumer.on(engine);
      Outcome<?> outcome;
      switch (command) {
        case "place":
          if (engine.store().load(orderId).isPresent()) {
            System.out.println(jvm + "order " + orderId + " exists already: " + orders.status(
                orderId));
            return;
          }
          outcome = orders.startFulfil(orderId, orderId, DEMO_ORDER);
          break;
        case "pay":
          outcome = orders.resume(orderId, "payment",
              new Payment(true, new BigDecimal("54.90"), "PAY-" + orderId));
          break;
        case "ship":
          outcome = orders.resume(orderId, "parcel", new Parcel("", args[2]));
          break;
        case "status":
          outcome = orders.status(orderId);
          break;
        default:
          System.err.println("unknown command " + command);
          System.exit(2);
          return;
      }
      System.out.println(jvm + outcome);
      if (outcome.isWaiting()) {
        System.out.println(jvm + "exits now; " + orderId + " waits in the store");
      }
    }
  }
}
