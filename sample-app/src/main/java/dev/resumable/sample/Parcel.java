package dev.resumable.sample;

/** A parcel handed to the carrier; an order ships in as many parcels as it has items. */
public record Parcel(String sku, String trackingNumber) {}
