package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.resumable.store.postgres.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM killed with -9 inside a transactional step, after its insert and before the step's
 * commit: the next JVM runs the step again, and the ledger holds its row once, as the store holds
 * its outcome once; on the H2 file and on PostgreSQL.
 */
class TransactionalStepCrashTest {

  @TempDir Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void onTheH2FileTheRowIsWrittenOnce() throws Exception {
    Path file = dir.resolve("ledger");
    String url = "jdbc:h2:file:" + file;
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      LedgerFlows.createTable(connection);
    }
    crashAndContinue(file.toString(), () -> { });
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      assertEquals(List.of("crash/step-1 alice -500", "crash/step-2 bob 500"),
          LedgerFlows.rows(connection));
    }
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void onPostgresTheRowIsWrittenOnce() throws Exception {
    String url = TestPostgres.freshSchemaUrl();
    try (Connection connection = DriverManager.getConnection(url)) {
      LedgerFlows.createTable(connection);
    }
    crashAndContinue(url, () -> {
      // The killed JVM inserted the second row, in the transaction its checkpoint never reached.
      try (Connection connection = DriverManager.getConnection(url)) {
        assertEquals(List.of("crash/step-1 alice -500"), LedgerFlows.rows(connection));
      }
    });
    try (Connection connection = DriverManager.getConnection(url)) {
      assertEquals(List.of("crash/step-1 alice -500", "crash/step-2 bob 500"),
          LedgerFlows.rows(connection));
    }
  }

  /** What the test checks while the first JVM is blocked inside the second step. */
  private interface WhileInTheStep {
    void check() throws Exception;
  }

  private static void crashAndContinue(String store, WhileInTheStep whileInTheStep)
      throws Exception {
    List<String> lines = new ArrayList<>();
    try (LiveJvm first = LiveJvm.start(TransactionalStepCrashChild.class, store, "start")) {
      while (!lines.contains("inserted crash/step-2")) {
        lines.add(first.readLine());
      }
      whileInTheStep.check();
      lines.addAll(first.killAndReadTheRest()); // inside the step, its transaction open
    }
    try (LiveJvm second = LiveJvm.start(TransactionalStepCrashChild.class, store, "continue")) {
      for (String line = second.readLine(); ; line = second.readLine()) {
        lines.add(line);
        if (line.startsWith("waiting for")) {
          break;
        }
      }
    }
    assertEquals(List.of("inserted crash/step-1", "inserted crash/step-2",
        "inserted crash/step-2", "waiting for confirm"), lines);
  }
}
