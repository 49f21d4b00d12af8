package dev.resumable.cli.app;

/** What the carrier reports when it picks an order up. */
public record Parcel(String tracking, int grams) {}
