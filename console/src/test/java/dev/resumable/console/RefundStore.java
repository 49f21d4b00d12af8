package dev.resumable.console;

import dev.resumable.Engine;
import dev.resumable.console.app.Approval;
import dev.resumable.console.app.Resumer;
import java.math.BigDecimal;

/** Instances of the test application in each state the console shows. */
final class RefundStore {

  static final String WAITING = "refund-1";
  static final String WAITING_TOO = "refund-2";
  static final String FAILED = "refund-3";
  static final String COMPLETED = "refund-4";

  private RefundStore() {}

  static void fill(Engine engine) {
    Resumer refunds = Resumer.on(engine);
    refunds.startRefund(WAITING, "ORD-1", new BigDecimal("19.99"));
    refunds.startRefund(WAITING_TOO, "ORD-2", new BigDecimal("5.00"));
    refunds.startRefund(FAILED, "ORD-3", new BigDecimal("900.00"));
    refunds.resume(FAILED, "approval", new Approval("Sam", new BigDecimal("100")));
    refunds.startRefund(COMPLETED, "ORD-4", new BigDecimal("12.00"));
    refunds.resume(COMPLETED, "approval", new Approval("Sam", new BigDecimal("100")));
  }
}
