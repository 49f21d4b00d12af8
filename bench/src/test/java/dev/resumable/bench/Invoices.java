package dev.resumable.bench;

import dev.resumable.Await;
import dev.resumable.Resumable;

/**
 * P1's hot loop, twice: once in a {@code @Resumable} method that waits for the discount before
 * the loop (so the loop runs inside the generated state machine), once as plain Java. The loop
 * bodies are the same text.
 */
public final class Invoices {

  private Invoices() {}

  /** Waits for the bulk discount, then totals the invoice lines. */
  @Resumable
  public static long total(long[] unitPrices, int[] quantities) {
    int discountPercent = Await.event("discount", Integer.class);
    long total = 0;
    for (int i = 0; i < unitPrices.length; i++) {
      long line = unitPrices[i] * quantities[i];
      if (quantities[i] >= BULK_QUANTITY) {
        line -= line * discountPercent / 100;
      }
      total += line;
    }
    return total;
  }

  /** The same loop as plain Java, the discount passed in. */
  public static long totalPlain(int discountPercent, long[] unitPrices, int[] quantities) {
    long total = 0;
    for (int i = 0; i < unitPrices.length; i++) {
      long line = unitPrices[i] * quantities[i];
      if (quantities[i] >= BULK_QUANTITY) {
        line -= line * discountPercent / 100;
      }
      total += line;
    }
    return total;
  }

  static final int BULK_QUANTITY = 10;
}
