package dev.resumable.sample;

import java.math.BigDecimal;

/** What the payment provider reports for an order. */
public record Payment(boolean approved, BigDecimal amount, String reference) {}
