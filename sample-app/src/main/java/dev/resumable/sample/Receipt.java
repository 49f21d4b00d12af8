package dev.resumable.sample;

import java.math.BigDecimal;

/**
 * How an order ended.
 *
 * @param charged what was charged; zero unless delivered
 * @param shelf where the goods were reserved; null unless delivered
 * @param signedBy who signed for the delivery; null unless delivered
 */
public record Receipt(String orderId, Outcome outcome, BigDecimal charged, String shelf,
    String signedBy) {

  static Receipt notDelivered(String orderId, Outcome outcome) {
    return new Receipt(orderId, outcome, BigDecimal.ZERO, null, null);
  }

  /** Whether the goods went out. */
  public enum Outcome {
    DELIVERED,
    UNPAID,
    PAYMENT_DECLINED,
    UNDERPAID
  }
}
