package dev.resumable.cli.app;

import dev.resumable.Await;
import dev.resumable.Resumable;
import java.util.List;

/**
 * The application the tool's tests run it on: an order waits for its parcel, then for its
 * delivery by order number; a parcel too heavy to ship fails it. It runs on an object of the
 * application's, which the tool gets from {@link ShippingSetup}.
 */
public class Shipping {

  /** Parcels heavier than this fail the order. */
  public static final int MAX_GRAMS = 30_000;

  final List<String> log;
  final int maxGrams;

  public Shipping(List<String> log) {
    this(log, MAX_GRAMS);
  }

  /** The release that ships heavier parcels: what a retry of a too heavy one is run with. */
  public Shipping(List<String> log, int maxGrams) {
    this.log = log;
    this.maxGrams = maxGrams;
  }

  @Resumable
  public String ship(String order) {
    Parcel parcel = Await.event("parcel", Parcel.class);
    if (parcel.grams() > maxGrams) {
      throw new IllegalStateException("parcel " + parcel.tracking() + " weighs "
          + parcel.grams() + " g, more than " + maxGrams);
    }
    log.add(order + " picked up as " + parcel.tracking());
    String signedBy = Await.event("delivered", order, String.class);
    return parcel.tracking() + " signed by " + signedBy;
  }
}
