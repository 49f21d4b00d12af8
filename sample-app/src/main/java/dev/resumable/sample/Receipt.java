package dev.resumable.sample;

import java.math.BigDecimal;
import java.util.List;

/** How an order ended. */
public record Receipt(String orderId, Outcome outcome, BigDecimal charged, List<String> tracking) {

  /** Whether the goods went out. */
  public enum Outcome {
    SHIPPED,
    UNPAID,
    PAYMENT_DECLINED,
    UNDERPAID
  }
}
