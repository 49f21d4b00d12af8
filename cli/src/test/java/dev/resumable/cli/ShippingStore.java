package dev.resumable.cli;

import dev.resumable.Engine;
import dev.resumable.cli.app.Parcel;
import dev.resumable.cli.app.Resumer;
import dev.resumable.cli.app.Shipping;
import dev.resumable.store.InstanceSummary;
import dev.resumable.store.Store;
import dev.resumable.store.StoredInstance;
import dev.resumable.store.h2.H2Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A store file with an instance of the test application in each state the tool handles. */
final class ShippingStore {

  /** Waits for its parcel. */
  static final String AWAITING_PARCEL = "a-parcel";
  /** Waits for its delivery, addressed by its order number {@code B-1}. */
  static final String AWAITING_DELIVERY = "b-delivery";
  /** Failed: its parcel was too heavy. */
  static final String FAILED = "c-failed";
  /** Completed. */
  static final String COMPLETED = "d-done";

  private ShippingStore() {}

  static Path create(Path directory) {
    Path file = directory.resolve("shipping.mv.db");
    fill(Engine.builder().storeFile(file));
    return file;
  }

  /** Builds the engine, makes the instances, and closes it. */
  static void fill(Engine.Builder builder) {
    try (Engine engine = builder.receiver(Shipping.class, new Shipping(new ArrayList<>()))
        .build()) {
      Resumer shipping = Resumer.on(engine);
      shipping.startShip(AWAITING_PARCEL, "A-1");
      shipping.startShip(AWAITING_DELIVERY, "B-1");
      shipping.resume(AWAITING_DELIVERY, "parcel", new Parcel("TRACK-B", 900));
      shipping.startShip(FAILED, "C-1");
      shipping.resume(FAILED, "parcel", new Parcel("TRACK-C", 40_000));
      shipping.startShip(COMPLETED, "D-1");
      shipping.resume(COMPLETED, "parcel", new Parcel("TRACK-D", 500));
      engine.signal("delivered", "D-1", "Dora");
    }
  }

  /**
   * Every instance of the store as id, status, revision and a hash of its state: equal snapshots
   * mean nothing was written in between.
   */
  static Map<String, String> snapshot(Path file) {
    try (H2Store store = H2Store.open(file)) {
      return snapshot(store);
    }
  }

  static Map<String, String> snapshot(Store store) {
    Map<String, String> instances = new TreeMap<>();
    String after = null;
    for (List<InstanceSummary> page = store.list(null, null, 100); !page.isEmpty();
        page = store.list(null, after, 100)) {
      for (InstanceSummary summary : page) {
        StoredInstance stored = store.load(summary.id()).orElseThrow();
        instances.put(stored.id(), stored.status() + " r" + stored.revision() + " #"
            + Arrays.hashCode(stored.state()));
      }
      after = page.get(page.size() - 1).id();
    }
    return instances;
  }
}
