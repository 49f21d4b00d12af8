package dev.resumable.it;

import dev.resumable.Engine;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transactional steps on the embedded H2 file: the ledger table lives in the store's file,
 * created before the engine opens it, and is read once the engine has closed it.
 */
class TransactionalStepsTest extends TransactionalStepsContract {

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("ledger");
  }

  @BeforeEach
  void createTheLedger() throws SQLException {
    try (Connection connection = database()) {
      LedgerFlows.createTable(connection);
    }
  }

  @Override
  Engine engine() {
    return Engine.builder().storeFile(file()).build();
  }

  @Override
  Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:file:" + file(), "sa", "");
  }
}
