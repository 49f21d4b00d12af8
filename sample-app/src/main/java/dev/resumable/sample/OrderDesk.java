package dev.resumable.sample;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import dev.resumable.store.postgres.PostgresStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The sample's command line. Each invocation is a separate JVM that opens the embedded store,
 * fires the timers that came due while no JVM ran, does one thing to an order, prints where the
 * order stands, and exits:
 *
 * <pre>
 *   OrderDesk place ORDER-ID         start the workflow; it waits up to 48 hours for the payment
 *   OrderDesk pay ORDER-ID           deliver an approved payment
 *   OrderDesk reserved ORDER-ID      the warehouse confirms the stock, addressed by order id
 *   OrderDesk delivered ORDER-ID     the carrier confirms delivery, addressed by order id
 *   OrderDesk status ORDER-ID
 * </pre>
 *
 * A leading {@code --later DURATION} (e.g. {@code --later PT49H}) runs the JVM with its clock
 * that far ahead, so the demo can show a 48-hour timeout without waiting 48 hours. The store is
 * the file named by the system property {@code resumable.store}, or, if the system property
 * {@value #POSTGRES_URL_PROPERTY} gives a JDBC URL, that PostgreSQL database.
 */
public final class OrderDesk {

  private static final List<Item> DEMO_ORDER = List.of(
      new Item("KETTLE-01", 1, new BigDecimal("39.90")),
      new Item("MUG-06", 2, new BigDecimal("7.50")));

  /** System property with the JDBC URL of a PostgreSQL database to keep the orders in. */
  public static final String POSTGRES_URL_PROPERTY = "resumable.postgres.url";

  private OrderDesk() {}

  private static void usage(String problem) {
    System.err.println(problem + "\nusage: OrderDesk [--later DURATION]"
        + " place|pay|reserved|delivered|status ORDER-ID");
    System.exit(2);
  }

  public static void main(String[] args) {
    Clock clock = Clock.systemUTC();
    if (args.length > 1 && args[0].equals("--later")) {
      try {
        clock = Clock.offset(clock, Duration.parse(args[1]));
      } catch (java.time.format.DateTimeParseException e) {
        usage("--later takes an ISO-8601 duration such as PT49H, not \"" + args[1] + "\"");
      }
      args = Arrays.copyOfRange(args, 2, args.length);
    }
    if (args.length != 2) {
      usage("expected a command and an order id");
    }
    String command = args[0];
    String orderId = args[1];
    if (!List.of("place", "pay", "reserved", "delivered", "status").contains(command)) {
      usage("unknown command " + command); // before the store is opened: a typo changes nothing
    }
    String jvm = "[JVM " + ProcessHandle.current().pid() + "] ";
    OrderWorkflow workflow = new OrderWorkflow((id, news) -> System.out.println(jvm + "  "
        + id + ": " + news));
    Engine.Builder builder = Engine.builder().receiver(OrderWorkflow.class, workflow).clock(clock);
    String postgresUrl = System.getProperty(POSTGRES_URL_PROPERTY);
    if (postgresUrl != null && !postgresUrl.isBlank()) {
      builder.store(PostgresStore.open(postgresUrl));
    }
    try (Engine engine = builder.build()) {
      // A long-running service calls engine.start() instead: its thread fires timers as they
      // come due. This short-lived JVM fires the overdue ones itself, before anything else.
      engine.fireDueTimers();
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
        case "reserved":
          engine.signal("stock-reserved", orderId, new Reservation("Leeds", "aisle 12, bay 3"));
          outcome = orders.status(orderId);
          break;
        case "delivered":
          outcome = engine.signal("delivered", orderId, new Delivery("J. Okafor"));
          break;
        case "status":
          outcome = orders.status(orderId);
          break;
        default:
          throw new AssertionError(command); // checked above
      }
      System.out.println(jvm + outcome);
      if (outcome.isWaiting()) {
        System.out.println(jvm + "exits now; " + orderId + " waits in the store");
      }
    }
  }
}
