package dev.resumable.store.h2;

import static dev.resumable.store.h2.StoredInstances.assertSame;
import static dev.resumable.store.h2.StoredInstances.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.store.StoreException;
import dev.resumable.store.StoredInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where data lives, and that it stays there. */
class H2StoreFileTest {

  @TempDir Path dir;

  @Test
  void dataSurvivesCloseAndReopen() {
    Path file = dir.resolve("reopen");
    StoredInstance updated = instance("order-1", "DONE", 2, "after");
    try (H2Store store = H2Store.open(file)) {
      store.insert(instance("order-1", "WAITING", 1, "before"));
      store.update(updated, 1);
    }

    try (H2Store store = H2Store.open(file)) {
      assertSame(updated, store.load("order-1").orElseThrow());
    }
  }

  @Test
  void pathWithAndWithoutSuffixNameTheSameFile() {
    Path withSuffix = dir.resolve("app.mv.db");
    try (H2Store store = H2Store.open(dir.resolve("app"))) {
      assertEquals(Optional.of(withSuffix), store.path());
      store.insert(instance("order-1", "WAITING", 1, "x"));
    }
    assertTrue(Files.isRegularFile(withSuffix));

    try (H2Store store = H2Store.open(withSuffix)) {
      assertEquals(Optional.of(withSuffix), store.path());
      assertTrue(store.load("order-1").isPresent());
    }
  }

  @Test
  void openCreatesMissingDirectories() {
    Path file = dir.resolve("a/b/c/store.mv.db");
    try (H2Store store = H2Store.open(file)) {
      store.insert(instance("order-1", "WAITING", 1, "x"));
    }
    assertTrue(Files.isRegularFile(file));
  }

  @Test
  void openDefaultHonoursTheSystemProperty() {
    Path file = dir.resolve("configured/store.mv.db");
    String previous = System.setProperty(H2Store.LOCATION_PROPERTY, file.toString());
    try (H2Store store = H2Store.openDefault()) {
      assertEquals(Optional.of(file), store.path());
      store.insert(instance("order-1", "WAITING", 1, "x"));
    } finally {
      restore(previous);
    }
    try (H2Store store = H2Store.open(file)) {
      assertTrue(store.load("order-1").isPresent());
    }
  }

  @Test
  void withoutThePropertyTheDefaultIsInTheWorkingDirectory() {
    String previous = System.clearProperty(H2Store.LOCATION_PROPERTY);
    try {
      assertEquals(Path.of("resumable-data", "resumable"), H2Store.defaultLocation());
    } finally {
      restore(previous);
    }
  }

  @Test
  void fileOfANewerSchemaIsRefused() throws Exception {
    Path file = dir.resolve("newer.mv.db");
    H2Store.open(file).close();
    String url = "jdbc:h2:file:" + dir.resolve("newer");
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement sql = connection.createStatement()) {
      sql.executeUpdate("UPDATE resumable_schema SET version = 99");
    }

    StoreException e = assertThrows(StoreException.class, () -> H2Store.open(file));
    assertTrue(e.getMessage().contains("newer version"), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void semicolonInPathIsRefusedBeforeH2SeesIt() {
    StoreException e =
        assertThrows(StoreException.class, () -> H2Store.open(dir.resolve("a;b")));
    assertTrue(e.getMessage().contains("';'"), e.getMessage());
  }

  @Test
  void inMemoryStoresArePrivateAndGoneOnClose() {
    try (H2Store first = H2Store.inMemory("shared-name");
        H2Store second = H2Store.inMemory("shared-name")) {
      first.insert(instance("order-1", "WAITING", 1, "x"));
      assertEquals(Optional.empty(), second.load("order-1"));
      assertEquals(Optional.empty(), first.path());
    }
    try (H2Store again = H2Store.inMemory("shared-name")) {
      assertEquals(Optional.empty(), again.load("order-1"));
    }
  }

  private static void restore(String previous) {
    if (previous == null) {
      System.clearProperty(H2Store.LOCATION_PROPERTY);
    } else {
      System.setProperty(H2Store.LOCATION_PROPERTY, previous);
    }
  }
}
