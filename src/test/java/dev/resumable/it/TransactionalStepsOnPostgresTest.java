package dev.resumable.it;

import dev.resumable.Engine;
import dev.resumable.store.postgres.PostgresStore;
import dev.resumable.store.postgres.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;

/**
 * Transactional steps on PostgreSQL: the ledger table in the schema the store uses, read while
 * engines run as well, where only what committed with a checkpoint is ever seen.
 */
class TransactionalStepsOnPostgresTest extends TransactionalStepsContract {

  private String url;

  @BeforeEach
  void createTheLedger() throws SQLException {
    url = TestPostgres.freshSchemaUrl();
    try (Connection connection = database()) {
      LedgerFlows.createTable(connection);
    }
  }

  @Override
  Engine engine() {
    return Engine.builder().store(PostgresStore.open(url)).build();
  }

  @Override
  Connection database() throws SQLException {
    return DriverManager.getConnection(url);
  }
}
