package dev.resumable.store.h2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.store.StoredInstance;
import java.nio.charset.StandardCharsets;

/** Instances for the embedded store's own tests (the contract suite has its own). */
final class StoredInstances {

  private StoredInstances() {}

  static StoredInstance instance(String id, String status, long revision, String state) {
    return new StoredInstance(id, "shop.checkout", status, revision,
        state.getBytes(StandardCharsets.UTF_8));
  }

  /** Records compare arrays by identity, so compare field by field. */
  static void assertSame(StoredInstance expected, StoredInstance actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.method(), actual.method());
    assertEquals(expected.status(), actual.status());
    assertEquals(expected.revision(), actual.revision());
    assertArrayEquals(expected.state(), actual.state());
  }
}
