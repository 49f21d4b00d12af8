package dev.resumable.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.NoSuchInstanceException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each test's store is a file of its own, removed when the test ends. */
class StoreLifecycleTest {

  private Path storeUsed;

  /** Registered before the kit, so that it runs after the kit's own clean-up. */
  @RegisterExtension
  @Order(1)
  final AfterEachCallback storeIsGoneAfterTheTest = context -> {
    if (storeUsed != null) {
      assertFalse(Files.exists(storeUsed), storeUsed + " is still there");
      assertFalse(Files.exists(storeUsed.getParent()), storeUsed.getParent() + " is still there");
    }
  };

  @RegisterExtension
  @Order(2)
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(Greeter.class, () -> new Greeter(1));

  @Test
  void theStoreIsAFileWhileTheTestRuns() {
    Resumer.on(kit.engine()).startGreet("g", "Ann");
    storeUsed = kit.storeFile();

    assertTrue(Files.isRegularFile(storeUsed), storeUsed + " is missing");
    assertTrue(storeUsed.getFileName().toString().endsWith(".mv.db"), storeUsed.toString());
  }

  @Test
  void theStoreIsRemovedEvenWhenTheTestRestarted() {
    Resumer.on(kit.engine()).startGreet("g", "Bo");
    kit.restart();
    storeUsed = kit.storeFile();

    kit.assertThat("g").isWaitingForEvent("greeting");
  }

  @Test
  void resetStartsOverOnAnEmptyStore() {
    Resumer.on(kit.engine()).startGreet("g", "Cy");
    Path first = kit.storeFile();

    kit.reset();

    assertFalse(Files.exists(first));
    assertThrows(NoSuchInstanceException.class, () -> kit.status("g"));
    Resumer.on(kit.engine()).startGreet("g", "Di");
    kit.assertThat("g").isWaitingForEvent("greeting");
    storeUsed = kit.storeFile();
  }

  @Test
  void aKitUsedWithoutJUnitRemovesItsStoreWhenClosed() {
    Path store;
    try (WorkflowTestKit own = WorkflowTestKit.create()
        .receiver(Greeter.class, () -> new Greeter(2))) {
      Resumer.on(own.engine()).startGreet("g", "Ed");
      store = own.storeFile();
      assertTrue(Files.exists(store));
      assertNotEquals(kit.storeFile(), store);
    }
    assertFalse(Files.exists(store));
    assertFalse(Files.exists(store.getParent()));
  }
}
