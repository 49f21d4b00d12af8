package dev.resumable.sample;

import java.math.BigDecimal;

/** Money taken for an order. */
public record Charge(String reference, BigDecimal amount) {}
