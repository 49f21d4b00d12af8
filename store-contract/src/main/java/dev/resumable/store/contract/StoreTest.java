package dev.resumable.store.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.store.Store;
import dev.resumable.store.StoredInstance;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What the contract suites share: a fresh store per test, and instances to put in it. */
public abstract class StoreTest {

  /** The store under test, opened empty before each test and closed after it. */
  protected Store store;

  /** A new, empty store that no other test uses. */
  protected abstract Store newStore();

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  /** An instance of the method {@code shop.checkout} with {@code state} as its bytes. */
  protected static StoredInstance instance(String id, String status, long revision,
      String state) {
    return new StoredInstance(id, "shop.checkout", status, revision,
        state.getBytes(StandardCharsets.UTF_8));
  }

  /** Records compare arrays by identity, so compare field by field. */
  protected static void assertSameInstance(StoredInstance expected, StoredInstance actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.method(), actual.method());
    assertEquals(expected.status(), actual.status());
    assertEquals(expected.revision(), actual.revision());
    assertArrayEquals(expected.state(), actual.state());
    assertEquals(expected.due(), actual.due());
    assertEquals(expected.waitKey(), actual.waitKey());
  }
}
