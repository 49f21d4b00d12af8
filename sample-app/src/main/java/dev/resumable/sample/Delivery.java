package dev.resumable.sample;

/** The carrier's confirmation that the order arrived. */
public record Delivery(String signedBy) {}
