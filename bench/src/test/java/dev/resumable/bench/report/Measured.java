package dev.resumable.bench.report;

/** One figure of a row: its value for the ratio, and how it reads, with its unit. */
public record Measured(double value, String text) {}
