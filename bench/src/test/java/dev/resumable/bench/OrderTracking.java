package dev.resumable.bench;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The instance of P3, P5 and P7: an order that waits for status updates until it is delivered.
 * At its wait the live locals are what a real order keeps: its id, the customer, the lines, the
 * total, the last status and a count. The records are {@link Serializable} only so that P5 can
 * compare with Java serialization.
 */
public final class OrderTracking {

  private OrderTracking() {}

  public record Customer(String name, String email, String country) implements Serializable {}

  public record Line(String sku, int quantity, BigDecimal unitPrice) implements Serializable {}

  public record StatusUpdate(String status, Instant at) implements Serializable {}

  @Resumable
  public static String track(String orderId, Customer customer, List<Line> lines) {
    BigDecimal total = BigDecimal.ZERO;
    for (Line line : lines) {
      total = total.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
    }
    String status = "placed";
    int updates = 0;
    while (!status.equals("delivered")) {
      StatusUpdate update = Await.event("status", StatusUpdate.class);
      status = update.status();
      updates++;
    }
    return orderId + " for " + customer.email() + ": " + lines.size() + " lines, " + total
        + ", delivered after " + updates + " updates";
  }

  /** A typical order: three lines, a customer, as a shop would start it. */
  public static Customer customer() {
    return new Customer("Ada Lovelace", "ada@example.com", "GB");
  }

  public static List<Line> lines() {
    return List.of(
        new Line("KETTLE-01", 1, new BigDecimal("39.90")),
        new Line("MUG-06", 2, new BigDecimal("7.50")),
        new Line("TEA-ASSAM-250", 4, new BigDecimal("6.25")));
  }

  /** An update that keeps the order waiting. */
  public static StatusUpdate inTransit() {
    return new StatusUpdate("in transit", Instant.parse("2026-01-15T10:15:30Z"));
  }
}
