package dev.resumable.store.contract;

import dev.resumable.query.AttributeValue;
import dev.resumable.store.ChangeSet;
import dev.resumable.store.InstanceIndex;
import dev.resumable.store.Store;
import dev.resumable.store.StoredInstance;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A store filled the way a store in use is: most instances ended, some waiting for events or
 * timers, a few failed, branches under parents, every instance with a customer id. Query plan
 * tests look at plans on it, since a database plans by what its tables hold.
 */
public final class TypicalInstances {

  /** Instance {@code i} started at {@code START + i} seconds, and changed 10 seconds later. */
  public static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

  private TypicalInstances() {}

  public static void insert(Store store, int count) {
    ChangeSet.Builder batch = ChangeSet.builder();
    for (int i = 0; i < count; i++) {
      batch.insert(instance(i));
      if (i % 500 == 499) {
        store.commit(batch.build());
        batch = ChangeSet.builder();
      }
    }
    store.commit(batch.build());
  }

  private static StoredInstance instance(int i) {
    boolean waits = i % 10 == 0;
    boolean onTimer = waits && i % 20 == 0;
    boolean failed = i % 100 == 5;
    String status = waits ? "WAITING" : failed ? "FAILED" : "COMPLETED";
    Instant due = onTimer ? START.plusSeconds(i) : null;
    List<String> events = waits && !onTimer ? List.of("event-" + i % 50) : List.of();
    String failure = failed ? (i % 200 == 5 ? "java.lang.IllegalStateException"
        : "java.io.UncheckedIOException") : null;
    String parent = i % 7 == 0 && i > 0 ? "parent-" + i % 70 : null;
    return new StoredInstance(String.format("order-%06d", i), "shop.method" + i % 20, status, 1,
        new byte[40], due, null, new InstanceIndex(START.plusSeconds(i),
            START.plusSeconds(i + 10), events, failure, parent,
            Map.of("customerId", AttributeValue.of("customer-" + i),
                "total", AttributeValue.of(i))));
  }
}
