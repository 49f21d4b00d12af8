package dev.resumable.console.app;

import java.math.BigDecimal;

/** A manager's answer to a refund request: who, and up to what amount they may approve. */
public record Approval(String by, BigDecimal limit) {}
