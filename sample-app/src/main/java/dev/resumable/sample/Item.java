package dev.resumable.sample;

import java.math.BigDecimal;

/** A line of an order. */
public record Item(String sku, int quantity, BigDecimal unitPrice) {

  BigDecimal total() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
