package dev.resumable.sample;

/** The warehouse's answer: the order's goods are set aside on a shelf. */
public record Reservation(String warehouse, String shelf) {}
